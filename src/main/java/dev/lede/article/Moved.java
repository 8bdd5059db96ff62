package dev.lede.article;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An article asked for by a slug it had before: 301 to where it is now. */
public class Moved extends RuntimeException {
    private final String location;

    public Moved(String location) {
        super(null, null, false, false);
        this.location = location;
    }

    public static class Mapper {
        @ServerExceptionMapper
        public Response moved(Moved e) {
            return Response.status(301).header("Location", e.location).header("Cache-Control", "public, max-age=60").build();
        }
    }
}
