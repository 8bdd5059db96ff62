package dev.lede.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How large a request body may be: lede.http.max-body-size, unless an operation that takes larger bodies (an image
 * upload) allows more for itself. The server's own limit (quarkus.http.limits.max-body-size) is the largest of them.
 */
@ApplicationScoped
public class BodyLimits {
    private final long standard;
    private final Map<String, Long> larger = new ConcurrentHashMap<>();

    public BodyLimits(HttpConfig config) {
        this.standard = config.maxBodySize().asLongValue();
    }

    /** Lets {@code method path} take bodies of up to {@code bytes}. */
    public void allow(String method, String path, long bytes) {
        larger.put(method + " " + path, bytes);
    }

    public long of(String method, String path) {
        return larger.getOrDefault(method + " " + path, standard);
    }
}
