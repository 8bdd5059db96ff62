package dev.lede.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.Supplier;

/**
 * Serves GET responses with validators and caching headers. Public representations are kept
 * rendered in memory (keyed by request URI) until the content version moves on.
 */
@ApplicationScoped
public class Representations {
    static final String PUBLIC = "public, max-age=60, stale-while-revalidate=300";
    static final String PRIVATE = "private, no-store";

    private final ObjectMapper mapper;
    private final ContentVersion contentVersion;
    private final Cache<String, Representation> cache;

    public Representations(ObjectMapper mapper, ContentVersion contentVersion,
                           @ConfigProperty(name = "lede.cache.max-bytes") long maxBytes) {
        this.mapper = mapper;
        this.contentVersion = contentVersion;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Representation r) -> r.weight())
                .build();
    }

    /** A public GET: served from memory while the content has not changed since it was rendered. */
    public Response publicGet(String key, HttpHeaders request, Supplier<Rendered> render) {
        ContentVersion.State now = contentVersion.current();
        Representation known = cache.getIfPresent(key);
        if (known == null || known.contentVersion() != now.version()) {
            known = representation(render.get(), now.version());
            cache.put(key, known);
        }
        return respond(known, request, PUBLIC);
    }

    /** A GET that must not be stored by shared caches (drafts, anything behind a key). */
    public Response privateGet(HttpHeaders request, Rendered rendered) {
        return respond(representation(rendered, 0), request, PRIVATE);
    }

    public ContentVersion.State contentState() {
        return contentVersion.current();
    }

    private Representation representation(Rendered rendered, long version) {
        try {
            return Representation.of(mapper.writeValueAsBytes(rendered.entity()), rendered, version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise a response", e);
        }
    }

    private static Response respond(Representation r, HttpHeaders request, String cacheControl) {
        boolean gzip = r.gzipped() != null && Validators.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        String etag = r.etag(gzip);
        Response.ResponseBuilder builder = Validators.notModified(request, r, etag)
                ? Response.notModified()
                : Response.ok(gzip ? r.gzipped() : r.body(), "application/json");
        builder.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, "Accept-Encoding");
        if (gzip) {
            builder.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (r.lastModified() != null) {
            builder.lastModified(java.util.Date.from(r.lastModified()));
        }
        r.headers().forEach(builder::header);
        return builder.build();
    }
}
