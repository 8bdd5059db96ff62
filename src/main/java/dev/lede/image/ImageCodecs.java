package dev.lede.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * The ImageIO readers and writers Lede uses. The plug-ins on the class path (TwelveMonkeys' JPEG and WebP
 * readers, libwebp's writer) register once; libwebp's reader is taken out again, so WebP uploads are decoded
 * by TwelveMonkeys' pure-Java reader, not by native code fed untrusted bytes.
 */
final class ImageCodecs {
    private static final boolean WEBP_WRITER = registerPlugins();

    private ImageCodecs() {
    }

    private static boolean registerPlugins() {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(ImageCodecs.class.getClassLoader());
        try {
            ImageIO.scanForPlugins();
        } finally {
            thread.setContextClassLoader(context);
        }
        IIORegistry registry = IIORegistry.getDefaultInstance();
        ImageReaderSpi nativeWebp = registry.getServiceProviderByClass(
                com.luciad.imageio.webp.WebPImageReaderSpi.class);
        if (nativeWebp != null) {
            registry.deregisterServiceProvider(nativeWebp, ImageReaderSpi.class);
        }
        return webpWriterWorks();
    }

    /** libwebp is a native library: where it does not load, WebP is not offered as an output. */
    private static boolean webpWriterWorks() {
        try {
            encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), ImageFormat.WEBP, 0.8f);
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static boolean canWrite(ImageFormat format) {
        return format != ImageFormat.GIF && (format != ImageFormat.WEBP || WEBP_WRITER);
    }

    /** The format the bytes are in, by their content (whatever anyone said about them). */
    static Optional<ImageFormat> sniff(byte[] bytes) {
        for (ImageFormat format : ImageFormat.values()) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (canDecode(reader.getOriginatingProvider(), bytes)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean canDecode(ImageReaderSpi spi, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            return spi.canDecodeInput(in);
        } catch (IOException e) {
            return false;
        }
    }

    /** A reader of this format, its input set to the bytes; the caller disposes of it. */
    static ImageReader reader(ImageFormat format, byte[] bytes) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByMIMEType(format.mediaType()).next();
        ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
        reader.setInput(in, true, true);
        return reader;
    }

    /** The image in this format; quality (0 to 1) where the format is lossy. */
    static byte[] encode(BufferedImage image, ImageFormat format, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(format.mediaType()).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.lossy()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(param.getCompressionTypes()[0]);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
