package dev.lede.syndication;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** What every feed is asked with, whatever its format. */
public class FeedQuery {
    @Parameter(description = "Only this section's articles (its slug)")
    @RestQuery
    String section;

    @Parameter(description = "Only articles with this tag (its slug)")
    @RestQuery
    String tag;

    @Parameter(description = "How many articles, 1 to 100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @RestQuery
    String limit;

    @Parameter(description = "Whether items carry the whole body as HTML",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @RestQuery
    String full;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;
}
