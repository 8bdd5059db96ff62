package dev.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lede.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.annotation.Annotation;
import java.util.function.UnaryOperator;

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
    private final boolean publicReads;

    public Representations(ObjectMapper mapper, ContentVersion contentVersion,
                           CacheConfig config, ReadPolicy reads) {
        this.mapper = mapper;
        this.contentVersion = contentVersion;
        this.publicReads = reads.publicReads();
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.maxBytes())
                .weigher((String key, Representation r) -> r.weight())
                .build();
    }

    /** A rendered representation kept in memory under {@code key}, current at the content's {@code version}. */
    Representation keep(String key, Rendered rendered, long version) {
        Representation r = render(rendered, version);
        cache.put(key, r);
        return r;
    }

    /**
     * The answer to a GET of this representation: 304 when the request's validators still hold. Shared caches may
     * keep it when it is {@code shareable} (published content), reads are public and the request sent no key.
     */
    Answer answer(Representation r, UnaryOperator<String> requestHeader, boolean shareable) {
        boolean shared = shareable && publicReads && requestHeader.apply(HttpHeaders.AUTHORIZATION) == null;
        return Answer.of(r, requestHeader, shared ? PUBLIC : PRIVATE);
    }

    /** Whether shared caches may keep the answer to this GET: public reads, and no key sent. */
    public boolean shared(HttpHeaders request) {
        return publicReads && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }

    /** An answer to a request made with a key (a write, an admin read): no cache may keep it. */
    public static Response.ResponseBuilder keyed(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", PRIVATE).header("Vary", "Authorization");
    }

    /** Whether an If-None-Match header names this strong ETag (or is "*"): the GET answers 304. */
    public static boolean notModified(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Validators.names(ifNoneMatch, true, etag);
    }

    /** Cache-Control of public answers to anonymous GETs, and of answers to requests with a key. */
    public static String cacheControl(boolean shared) {
        return shared ? PUBLIC : PRIVATE;
    }

    /** The strong ETag a GET answers with for this entity rendered whole (identity coding). */
    public String etag(Object entity) {
        return whole(entity).etag(false);
    }

    /**
     * If-Match for an update or delete of {@code current}, the entity as a GET renders it now: 428
     * without the header, 412 naming the current ETag when the header names another state. Either
     * coding's tag (identity or gzip) names the same state.
     */
    public void requireMatch(String ifMatch, Object current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "This update needs an If-Match header with the ETag from your last GET, "
                    + "so that it cannot overwrite someone else's change");
        }
        if (Validators.anyTag(ifMatch)) {
            throw new ApiException(428, "If-Match: * is not accepted: it would match whatever the resource holds now; "
                    + "send the ETag from your last GET, so that the update cannot overwrite someone else's change");
        }
        Representation now = whole(current);
        if (!Validators.names(ifMatch, false, now.etag(false), now.etag(true))) {
            throw ApiException.preconditionFailed(now.etag(false));
        }
    }

    private Representation whole(Object entity) {
        return render(Rendered.of(entity, null), 0);
    }

    public ContentVersion.State contentState() {
        return contentVersion.current();
    }

    Representation render(Rendered rendered, long version) {
        try {
            // bytes are a representation rendered already (XML, with its Content-Type among the headers)
            byte[] body = rendered.entity() instanceof byte[] bytes ? bytes
                    : mapper.writeValueAsBytes(rendered.entity());
            return Representation.of(body, rendered, version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise a response", e);
        }
    }

    /** A cached public representation still current at {@code version}, or null. */
    Representation cached(String key, long version) {
        Representation known = cache.getIfPresent(key);
        return known != null && known.contentVersion() == version ? known : null;
    }

    static Response response(Answer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status()).entity(answer.body());
        answer.headers().forEach(builder::header);
        return builder.build();
    }

    /** Makes what a resource method returned this answer. */
    static void write(Answer answer, ContainerResponseContext response) {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> {
            if (!name.equals(HttpHeaders.CONTENT_TYPE)) {
                response.getHeaders().putSingle(name, value);
            }
        });
        String type = answer.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            response.setEntity(null);
        } else {
            response.setEntity(answer.body(), new Annotation[0], MediaType.valueOf(type));
        }
    }
}
