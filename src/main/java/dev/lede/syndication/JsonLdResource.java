package dev.lede.syndication;

import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleViewer;
import dev.lede.problem.ApiException;
import dev.lede.site.Site;
import dev.lede.web.PublicRead;
import dev.lede.web.Rendered;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/articles/{slugOrId}/jsonld")
@Tag(name = "Syndication")
public class JsonLdResource {
    static final String LD_JSON = "application/ld+json";

    private final ArticleRepository articles;
    private final ArticleViewer viewer;
    private final Site site;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public JsonLdResource(ArticleRepository articles, ArticleViewer viewer, Site site,
                          com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.articles = articles;
        this.viewer = viewer;
        this.site = site;
        this.mapper = mapper;
    }

    @GET
    @PublicRead
    @Produces(LD_JSON)
    @Operation(operationId = "getArticleJsonLd", summary = "A published article as schema.org NewsArticle JSON-LD",
            description = "For the structured data of the article's page (a script element of type "
                    + "`application/ld+json`): headline, description, images in 16:9, 4:3 and 1:1, datePublished, "
                    + "dateModified, authors with name and url, publisher, articleSection, keywords, inLanguage and "
                    + "mainEntityOfPage (the article's `url`), as Google's article structured data asks.")
    @APIResponse(responseCode = "200", description = "The NewsArticle", content = @Content(mediaType = LD_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "A schema.org NewsArticle")))
    @APIResponse(responseCode = "404", description = "No published article with this slug or id")
    public Rendered get(@Parameter(description = "The article's slug or its UUID") @RestPath String slugOrId) {
        var article = articles.findPublished(slugOrId)
                .orElseThrow(() -> ApiException.notFound("No published article with slug or id '" + slugOrId + "'"));
        try {
            byte[] ld = mapper.writeValueAsBytes(NewsArticleJsonLd.of(viewer.view(article), site));
            return Rendered.of(ld, article.updatedAt).withHeader("Content-Type", LD_JSON + "; charset=utf-8");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
