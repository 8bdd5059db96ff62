package dev.lede.image;

import dev.lede.problem.ApiException;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReader;

/**
 * Reads uploaded bytes: what they are (by content, not by what the client said), their size from the
 * header alone, so a small file that would decompress to billions of pixels is refused before any pixel
 * is decoded, and then the pixels, turned upright as the camera's EXIF orientation says.
 */
final class Decoder {
    /** What the header says: the format and the upright size. */
    record Header(ImageFormat format, int width, int height) {
    }

    private Decoder() {
    }

    /** The header of an upload that claims to be {@code declared}; a problem when it is not, or too large. */
    static Header inspect(byte[] bytes, ImageFormat declared, long maxPixels) {
        ImageFormat actual = ImageCodecs.sniff(bytes).orElseThrow(() -> new ApiException(400,
                "The body is not an image Lede can read (JPEG, PNG, WebP or GIF), though it says it is "
                        + declared.mediaType()));
        if (actual != declared) {
            throw new ApiException(400, "The body is " + actual.mediaType() + ", not the " + declared.mediaType()
                    + " its Content-Type says: send it with Content-Type: " + actual.mediaType());
        }
        return reading(actual, bytes, reader -> {
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width * height > maxPixels) {
                throw new ApiException(413, "The image is " + width + " × " + height + " pixels; at most " + maxPixels
                        + " pixels (width × height) are accepted");
            }
            return upright(actual, (int) width, (int) height, orientation(reader));
        });
    }

    /** The pixels of an image whose header passed {@link #inspect}, upright. */
    static BufferedImage decode(byte[] bytes, ImageFormat format) {
        return decode(bytes, format, false);
    }

    /**
     * Checks that every pixel of an upload decodes without the decoder having to make up for damage (a truncated
     * file decodes, grey where the data ends, with a warning): an upload that cut off is refused, not stored.
     */
    static void check(byte[] bytes, ImageFormat format) {
        decode(bytes, format, true);
    }

    private static BufferedImage decode(byte[] bytes, ImageFormat format, boolean strict) {
        return reading(format, bytes, reader -> {
            Orientation orientation = orientation(reader);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (strict && !warnings.isEmpty()) {
                throw new ApiException(400, "The image is damaged (" + String.join("; ", warnings)
                        + "): send the whole file");
            }
            ImageFilter upright = orientation == null ? null : ExifFilterUtils.getFilterForOrientation(orientation);
            return upright == null ? image : upright.apply(image);
        });
    }

    private interface Reading<T> {
        T read(ImageReader reader) throws IOException;
    }

    /** Reads with a reader of the bytes; what the reader cannot read is a 400 problem. */
    private static <T> T reading(ImageFormat format, byte[] bytes, Reading<T> read) {
        ImageReader reader = null;
        try {
            reader = ImageCodecs.reader(format, bytes);
            return read.read(reader);
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(format);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null; // metadata we cannot read leaves the picture as it is stored
        }
    }

    private static Header upright(ImageFormat format, int width, int height, Orientation orientation) {
        boolean quarterTurn = orientation != null && orientation.ordinal() >= Orientation.LEFT_TOP.ordinal();
        return quarterTurn ? new Header(format, height, width) : new Header(format, width, height);
    }

    private static ApiException unreadable(ImageFormat format) {
        return new ApiException(400, "The body starts as " + format.mediaType()
                + " but cannot be decoded: it is truncated or damaged");
    }
}
