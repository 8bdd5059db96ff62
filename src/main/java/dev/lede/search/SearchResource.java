package dev.lede.search;

import dev.lede.fulltext.SearchQuery;
import dev.lede.problem.ApiException;
import dev.lede.web.DateBound;
import dev.lede.web.PageQuery;
import dev.lede.web.Params;
import dev.lede.web.PublicRead;
import dev.lede.web.Slug;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/search")
@Tag(name = "Search", description = "Full-text search over published articles and their quotes")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @PublicRead
    @Operation(operationId = "search", summary = "Articles and quotes matching a query, best first",
            description = "Web-search syntax: words are all required, `\"exact phrase\"`, `a or b`, `-word` "
                    + "excludes. Words are stemmed (\"floods\" finds \"flooding\") and common words such as \"the\" "
                    + "are ignored; a query needs a word to look for, not only words to exclude. Each hit has a "
                    + "score and an HTML snippet with the matches in `<mark>`; `facets` count all hits, not only the "
                    + "page. Of very many matches, 500 of each type are ranked and counted, the newest for articles "
                    + "(`facets.exact` is then false). Keyset-paginated with `cursor`.")
    @APIResponse(responseCode = "200",
            description = "A page of hits with facets (an empty `data` when nothing matches)",
            content = @Content(schema = @Schema(implementation = SearchResults.class)))
    public SearchResults search(
            @Parameter(description = "What to search for, at most 500 characters", required = true,
                    example = "troops or seen") @RestQuery String q,
            @Parameter(description = "Only hits of this type", schema = @Schema(enumeration = {"article", "quote"}))
            @RestQuery String type,
            @Parameter(description = "Only articles (and their quotes) in this section (slug)", example = "news")
            @RestQuery("section") Slug section,
            @Parameter(description = "Only articles (and their quotes) with this tag (slug)", example = "north-korea")
            @RestQuery("tag") Slug tag,
            @Parameter(description = "Only quotes by this speaker (slug), and articles quoting them",
                    example = "lloyd-austin") @RestQuery("speaker") Slug speaker,
            @Parameter(description = "Articles published on or after this date or instant (UTC)",
                    example = "2024-10-01") @RestQuery("from") DateBound from,
            @Parameter(description = "Articles published on or before this date (whole day) or before this instant "
                    + "(UTC)", example = "2024-10-31") @RestQuery("to") DateBound to,
            @BeanParam PageQuery page) {
        SearchQuery query = SearchQuery.parse(q, true);
        SearchFilter filter = new SearchFilter(type(type), Slug.text(section), Slug.text(tag), Slug.text(speaker),
                DateBound.from(from), DateBound.to(to));
        return search.search(query, filter, page.after(2), page.size());
    }

    private static String type(String value) {
        String type = Params.text(value);
        if (type != null && !type.equals("article") && !type.equals("quote")) {
            throw ApiException.invalidParameter("type", "must be article or quote");
        }
        return type;
    }
}
