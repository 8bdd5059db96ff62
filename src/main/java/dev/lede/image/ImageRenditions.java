package dev.lede.image;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lede.problem.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Renditions, made once: from memory (within lede.images.cache-max-bytes), else from the image_rendition
 * table, else rendered (a few at a time, see {@link #concurrentDecodes}; concurrent requests for the same one wait for
 * it)
 * and stored in both. A rendition is named by its parameters and the image's pixel version, so a stored one
 * never goes stale: a new focal point makes new names.
 */
@ApplicationScoped
public class ImageRenditions {
    public record Rendition(byte[] bytes, String mediaType, String etag) {
        int weight() {
            return bytes.length + 128;
        }
    }

    private final Cache<String, Rendition> made;
    /** Request URIs answered with a current pixel version, to the rendition they got: the front route serves them. */
    private final Cache<String, String> byUri = Caffeine.newBuilder().maximumSize(100_000).build();
    private final Semaphore rendering;
    private final RenditionRepository stored;
    private final RenditionRules rules;

    public ImageRenditions(ImageConfig config, RenditionRepository stored, RenditionRules rules) {
        this.made = Caffeine.newBuilder().maximumWeight(config.cacheMaxBytes())
                .weigher((String key, Rendition r) -> r.weight()).build();
        this.stored = stored;
        this.rules = rules;
        this.rendering = new Semaphore(concurrentDecodes(config.maxPixels()));
    }

    /**
     * One decode at a time per core, and no more than half the heap can hold: a picture of the largest size
     * accepted takes about 8 bytes a pixel while it is decoded, turned and scaled.
     */
    static int concurrentDecodes(long maxPixels) {
        long fit = Runtime.getRuntime().maxMemory() / 2 / Math.max(1, maxPixels * 8);
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), fit));
    }

    public Rendition of(Image image, RenditionSpec spec) {
        String variant = spec.key() + "@" + image.pixelVersion();
        return made.get(image.id + "/" + variant, key -> stored.find(image.id, variant)
                .orElseGet(() -> rendered(image, spec, variant)));
    }

    /** Lets the front route answer this URI from memory from now on. */
    void servedAt(String uri, Image image, RenditionSpec spec) {
        byUri.put(uri, image.id + "/" + spec.key() + "@" + image.pixelVersion());
    }

    /** The rendition this URI was answered with, while it is in memory; null otherwise. */
    Rendition known(String uri) {
        String key = byUri.getIfPresent(uri);
        return key == null ? null : made.getIfPresent(key);
    }

    private Rendition rendered(Image image, RenditionSpec spec, String variant) {
        byte[] bytes = whileRendering(() ->
                Renderer.render(image.bytes, image.format(), image.focalPoint(), spec, rules.maxWidth()));
        Rendition r = new Rendition(bytes, spec.format().mediaType(), etag(bytes));
        QuarkusTransaction.requiringNew().run(() -> stored.store(image.id, variant, r));
        return r;
    }

    /** Decoding and rendering take memory and a core: at most one per core at a time. */
    <T> T whileRendering(java.util.function.Supplier<T> work) {
        try {
            if (!rendering.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new ApiException(503, "The server is busy decoding images; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "Interrupted while waiting to render");
        }
        try {
            return work.get();
        } finally {
            rendering.release();
        }
    }

    private static String etag(byte[] bytes) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(dev.lede.common.Sha256.of(bytes))
                .substring(0, 27) + "\"";
    }
}
