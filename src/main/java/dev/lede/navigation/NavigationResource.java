package dev.lede.navigation;

import dev.lede.article.Article;
import dev.lede.article.ArticleRepository;
import dev.lede.article.Navigation;
import dev.lede.problem.ApiException;
import dev.lede.web.ContentVersion;
import dev.lede.web.PublicRead;
import dev.lede.web.Rendered;
import jakarta.ws.rs.DefaultValue;
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

/** GET /articles/{slugOrId}/navigation: its own class, as JAX-RS matches the longest literal path first. */
@Path("/articles/{slugOrId}/navigation")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class NavigationResource {
    private final ArticleRepository articles;
    private final NavigationRepository navigation;
    private final ContentVersion contentVersion;

    public NavigationResource(ArticleRepository articles, NavigationRepository navigation,
                              ContentVersion contentVersion) {
        this.articles = articles;
        this.navigation = navigation;
        this.contentVersion = contentVersion;
    }

    @GET
    @PublicRead
    @Operation(operationId = "getArticleNavigation",
            summary = "Previous, next and related articles of a published article",
            description = "Previous and next go by `publishedAt`, then `id`, among published articles, overall and "
                    + "within the article's section (null at either end). Related articles are scored by what they "
                    + "share with this one: 3 per shared tag, 2 per shared speaker, 1 for the same section, 0.5 per "
                    + "shared significant word; `reasons` names the shared things. Computed at read time: an "
                    + "unpublished or deleted article leaves every navigation at once.")
    @APIResponse(responseCode = "200", description = "The article's navigation",
            content = @Content(schema = @Schema(implementation = Navigation.class)))
    @APIResponse(responseCode = "404", description = "No published article with this slug or id")
    public Rendered get(
            @Parameter(description = "The article's slug or its UUID") @RestPath String slugOrId,
            @Parameter(description = "How many related articles, 1 to 20") @RestQuery("limit") @DefaultValue("5")
            RelatedCount limit) {
        Article article = articles.findPublished(slugOrId)
                .orElseThrow(() -> ApiException.notFound("No published article with slug or id '" + slugOrId + "'"));
        // any article's change can change this one's neighbours, hence the content's time
        return Rendered.of(navigation.of(article, limit.value()), contentVersion.current().changedAt());
    }
}
