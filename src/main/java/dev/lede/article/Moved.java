package dev.lede.article;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An article asked for by a slug it had before: 301 to where it is now. */
public class Moved extends RuntimeException {
    private final String location;
    private final String canonical;

    public Moved(String location) {
        this(location, null);
    }

    public Moved(String location, String canonical) {
        super(null, null, false, false);
        this.location = location;
        this.canonical = canonical;
    }

    public static class Mapper {
        @ServerExceptionMapper
        public Response moved(Moved e) {
            Response.ResponseBuilder moved = Response.status(301).header("Location", e.location)
                    .header("Cache-Control", "public, max-age=60");
            // the article's web address now, for a site that must redirect the old one
            return (e.canonical == null ? moved : moved.header("Link", "<" + e.canonical + ">; rel=\"canonical\""))
                    .build();
        }
    }
}
