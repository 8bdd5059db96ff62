package dev.lede.image;

/**
 * What a rendition is asked to be: width (null: the original's, within the largest allowed), height (null:
 * the width's share of the original's shape), fit (cover crops around the focal point to w × h, contain fits
 * inside it), format and quality (null for lossless formats). Never larger than the original.
 */
public record RenditionSpec(Integer width, Integer height, Fit fit, ImageFormat format, Integer quality) {

    public enum Fit { COVER, CONTAIN }

    /** A stable name of these parameters, for the caches and the stored renditions. */
    String key() {
        return "w" + orNone(width) + "h" + orNone(height)
                + (height == null ? "" : fit.name().toLowerCase(java.util.Locale.ROOT))
                + "." + format.formatName() + (quality == null ? "" : "q" + quality);
    }

    private static String orNone(Integer n) {
        return n == null ? "-" : n.toString();
    }
}
