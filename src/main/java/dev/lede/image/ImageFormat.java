package dev.lede.image;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats Lede takes in and renders to, by media type and by the name a rendition's fmt gives. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private final String mediaType;
    private final String name;

    ImageFormat(String mediaType, String name) {
        this.mediaType = mediaType;
        this.name = name;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name a rendition's fmt parameter uses ("jpeg", "png", "webp"). */
    public String formatName() {
        return name;
    }

    public boolean lossy() {
        return this == JPEG || this == WEBP;
    }

    public static Optional<ImageFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    public static Optional<ImageFormat> ofName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(n) || n.equals("jpg") && f == JPEG).findFirst();
    }
}
