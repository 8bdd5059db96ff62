package dev.lede.image;

import dev.lede.problem.ApiException;
import dev.lede.web.Params;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Which renditions may be asked for (lede.images.*): a fixed set of widths, shapes and qualities. */
@ApplicationScoped
public class RenditionRules {
    private final TreeSet<Integer> widths;
    private final List<int[]> shapes;
    private final TreeSet<Integer> qualities;
    private final int defaultQuality;

    public RenditionRules(ImageConfig config) {
        this.widths = new TreeSet<>(config.widths());
        this.shapes = config.aspectRatios().stream().map(RenditionRules::shape).toList();
        this.qualities = new TreeSet<>(config.qualities());
        this.qualities.add(config.defaultQuality());
        this.defaultQuality = config.defaultQuality();
    }

    public RenditionSpec parse(String w, String h, String fit, String fmt, String q, ImageFormat original) {
        Integer width = w == null ? null : oneOf("w", w, widths);
        Integer height = h == null ? null : height(width, h);
        ImageFormat format = fmt == null ? defaultFormat(original) : format(fmt);
        Integer quality = format.lossy() ? (q == null ? defaultQuality : oneOf("q", q, qualities)) : null;
        if (q != null && !format.lossy()) {
            oneOf("q", q, qualities); // a bad q is refused, even where it is not used
        }
        return new RenditionSpec(width, height, fit(fit), format, quality);
    }

    /**
     * The widths a srcset asks for, for an original this wide: the allowed ones it fills, and the next one up when
     * the original falls between two (that rendition has the original's own width).
     */
    public List<Integer> srcsetWidths(int originalWidth) {
        List<Integer> asked = new ArrayList<>(widths.headSet(originalWidth, true));
        Integer above = widths.higher(originalWidth);
        if (!widths.contains(originalWidth) && above != null) {
            asked.add(above);
        }
        return asked;
    }

    public int maxWidth() {
        return widths.last();
    }

    private Integer height(Integer width, String h) {
        if (width == null) {
            throw ApiException.invalidParameter("h", "needs w: give the width too");
        }
        int height = Params.integer("h", h, 0, 1, 4 * maxWidth());
        for (int[] shape : shapes) {
            if (Math.abs(height - width * shape[1] / (double) shape[0]) < 1) {
                return height;
            }
        }
        String allowed = shapes.stream()
                .map(s -> Math.round(width * s[1] / (double) s[0]) + " (" + s[0] + ":" + s[1] + ")")
                .collect(Collectors.joining(", "));
        throw ApiException.invalidParameter("h", "must give one of the allowed shapes with w=" + width + ": "
                + allowed);
    }

    private static int oneOf(String name, String value, TreeSet<Integer> allowed) {
        int n = Params.integer(name, value, 0, allowed.first(), allowed.last());
        if (!allowed.contains(n)) {
            throw ApiException.invalidParameter(name, "must be one of " + allowed.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return n;
    }

    private static ImageFormat format(String fmt) {
        ImageFormat format = ImageFormat.ofName(fmt.trim()).filter(ImageCodecs::canWrite).orElseThrow(() ->
                ApiException.invalidParameter("fmt", "must be " + String.join(", ", writable())));
        return format;
    }

    private static List<String> writable() {
        return java.util.Arrays.stream(ImageFormat.values()).filter(ImageCodecs::canWrite).map(ImageFormat::formatName)
                .toList();
    }

    /** The original's own format where Lede writes it; a GIF's first frame (or a WebP, without a WebP writer) as PNG.
     * */
    static ImageFormat defaultFormat(ImageFormat original) {
        return ImageCodecs.canWrite(original) ? original : ImageFormat.PNG;
    }

    private static RenditionSpec.Fit fit(String fit) {
        if (fit == null || fit.isBlank()) {
            return RenditionSpec.Fit.COVER;
        }
        return switch (fit.trim().toLowerCase(Locale.ROOT)) {
            case "cover" -> RenditionSpec.Fit.COVER;
            case "contain" -> RenditionSpec.Fit.CONTAIN;
            default -> throw ApiException.invalidParameter("fit", "must be cover or contain");
        };
    }

    private static int[] shape(String ratio) {
        String[] parts = ratio.trim().split(":");
        return new int[]{Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
    }
}
