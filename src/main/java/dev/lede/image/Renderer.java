package dev.lede.image;

import net.coobird.thumbnailator.Thumbnails;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Makes a rendition: decode the original, crop and scale it (Thumbnailator's progressive filtering), encode it. */
final class Renderer {
    private Renderer() {
    }

    static byte[] render(byte[] original, ImageFormat originalFormat, FocalPoint focus, RenditionSpec spec,
            int maxWidth) {
        BufferedImage image = Decoder.decode(original, originalFormat);
        Frame frame = Frame.of(image.getWidth(), image.getHeight(), focus, spec, maxWidth);
        BufferedImage framed = frame.isWhole(image.getWidth(), image.getHeight()) ? image : scale(image, frame);
        if (spec.format() == ImageFormat.JPEG && !opaqueRgb(framed)) {
            framed = onWhite(framed);
        }
        float quality = spec.quality() == null ? 1f : spec.quality() / 100f;
        return ImageCodecs.encode(framed, spec.format(), quality);
    }

    private static BufferedImage scale(BufferedImage image, Frame frame) {
        try {
            return Thumbnails.of(image)
                    .sourceRegion(frame.region())
                    .forceSize(frame.width(), frame.height())
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean opaqueRgb(BufferedImage image) {
        int type = image.getType();
        return type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY;
    }

    /** JPEG has no transparency: what was transparent becomes white, as on most pages. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return opaque;
    }
}
