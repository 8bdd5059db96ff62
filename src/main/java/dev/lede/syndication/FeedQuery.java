package dev.lede.syndication;

import dev.lede.web.Flag;
import dev.lede.web.Limit;
import dev.lede.web.Slug;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** What every feed is asked with, whatever its format. */
public class FeedQuery {
    @Parameter(description = "Only this section's articles (its slug)")
    @RestQuery("section")
    Slug section;

    @Parameter(description = "Only articles with this tag (its slug)")
    @RestQuery("tag")
    Slug tag;

    @Parameter(description = "How many articles, 1 to 100")
    @RestQuery("limit")
    @DefaultValue(Limit.DEFAULT)
    Limit limit;

    @Parameter(description = "Whether items carry the whole body as HTML")
    @RestQuery("full")
    @DefaultValue("false")
    Flag full;

    @Context
    UriInfo uri;
}
