package dev.lede.image;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

import java.util.List;

@ConfigMapping(prefix = "lede.images")
public interface ImageConfig {
    /** The largest upload. */
    MemorySize maxBytes();

    /** The most pixels (width × height) an upload may declare; more is refused before decoding. */
    long maxPixels();

    /** The widths a rendition may have: a fixed list, so nobody can fill the caches with every size. */
    List<Integer> widths();

    /** The shapes (width:height) a rendition with both w and h may have. */
    List<String> aspectRatios();

    /** The qualities (q) a JPEG or WebP rendition may have. */
    List<Integer> qualities();

    /** The quality of a JPEG or WebP rendition without q. */
    int defaultQuality();

    /** Memory for rendered renditions (bytes). */
    long cacheMaxBytes();
}
