package dev.lede.image;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Images made for tests: photos of a few shapes, halves of two colours, and a decompression bomb. */
public final class TestImages {
    private TestImages() {
    }

    /** A picture with detail (so that JPEG qualities differ), seeded so every call with the same seed is the same. */
    public static BufferedImage photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(width / 4), 20 + random.nextInt(height / 4));
        }
        g.dispose();
        return image;
    }

    /** The left part one colour, the right part another, split at {@code split} (a fraction of the width). */
    public static BufferedImage halves(int width, int height, Color left, Color right, double split) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, (int) (width * split), height);
        g.setColor(right);
        g.fillRect((int) (width * split), 0, width, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    public static byte[] gif(BufferedImage image) {
        return write(image, "gif");
    }

    public static byte[] webp(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/webp").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[0]);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new AssertionError("Not an image ImageIO reads");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A real decompression bomb: a valid 1-bit greyscale PNG of {@code side} × {@code side} pixels, all black, whose
     * few hundred kilobytes inflate to side × (side / 8 + 1) bytes (312 MB at 50,000), and to 10 GB as RGB pixels.
     */
    public static byte[] pngBomb(int side) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(png)) {
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(side);
            h.writeInt(side);
            h.write(new byte[]{1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, no filter method, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", zeroRows(side, side / 8 + (side % 8 == 0 ? 0 : 1)));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static byte[] zeroRows(int rows, int rowBytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] row = new byte[rowBytes + 1]; // filter type 0, then the row: all zero
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            for (int i = 0; i < rows; i++) {
                deflate.write(row);
            }
        }
        return compressed.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
