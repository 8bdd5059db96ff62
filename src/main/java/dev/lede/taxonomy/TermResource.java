package dev.lede.taxonomy;

import dev.lede.paging.Cursor;
import dev.lede.paging.Page;
import dev.lede.problem.ApiException;
import dev.lede.web.PageQuery;
import dev.lede.web.PublicRead;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

@Path("/")
@Tag(name = "Taxonomy", description = "Sections and tags with their article counts")
@Produces(MediaType.APPLICATION_JSON)
public class TermResource {
    private final TermRepository terms;

    public TermResource(TermRepository terms) {
        this.terms = terms;
    }

    @GET
    @Path("sections")
    @PublicRead
    @Operation(operationId = "listSections", summary = "All sections, by slug, with article counts",
            description = "Sections with at least one published article, in slug order, each with its count of them.")
    @APIResponse(responseCode = "200", description = "A page of sections",
            content = @Content(schema = @Schema(implementation = TermPage.class)))
    public Page<Term> sections(@BeanParam PageQuery page) {
        return list(terms::sections, page);
    }

    @GET
    @Path("sections/{slug}")
    @PublicRead
    @Operation(operationId = "getSection", summary = "One section with its article count",
            description = "Its articles are `GET /api/v1/articles?section={slug}`.")
    @APIResponse(responseCode = "200", description = "The section",
            content = @Content(schema = @Schema(implementation = Term.class)))
    @APIResponse(responseCode = "404", description = "No section with this slug")
    public Term section(@Parameter(description = "The section's slug", example = "news") @RestPath String slug) {
        return one(terms::section, "section", slug);
    }

    @GET
    @Path("tags")
    @PublicRead
    @Operation(operationId = "listTags", summary = "All tags, by slug, with article counts",
            description = "Tags on at least one published article, in slug order, each with its count of them.")
    @APIResponse(responseCode = "200", description = "A page of tags",
            content = @Content(schema = @Schema(implementation = TermPage.class)))
    public Page<Term> tags(@BeanParam PageQuery page) {
        return list(terms::tags, page);
    }

    @GET
    @Path("tags/{slug}")
    @PublicRead
    @Operation(operationId = "getTag", summary = "One tag with its article count",
            description = "Its articles are `GET /api/v1/articles?tag={slug}`.")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(schema = @Schema(implementation = Term.class)))
    @APIResponse(responseCode = "404", description = "No tag with this slug")
    public Term tag(@Parameter(description = "The tag's slug", example = "north-korea") @RestPath String slug) {
        return one(terms::tag, "tag", slug);
    }

    private static Page<Term> list(BiFunction<String, Integer, List<Term>> query, PageQuery page) {
        Cursor after = page.after(1);
        return Page.of(query.apply(after == null ? null : after.text(0), page.size()), page.size(),
                t -> Cursor.of(t.slug()), t -> t);
    }

    private static Term one(Function<String, Optional<Term>> query, String kind, String slug) {
        return query.apply(slug).orElseThrow(() -> ApiException.notFound("No " + kind + " with slug '" + slug + "'"));
    }
}
