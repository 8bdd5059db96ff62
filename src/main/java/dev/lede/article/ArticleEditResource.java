package dev.lede.article;

import dev.lede.common.MergePatch;
import dev.lede.problem.Constraints;
import dev.lede.problem.JsonBodies;
import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.web.ContentVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/articles")
@Tag(name = "Editing", description = "Writing, publishing and deleting articles (role editor)")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Role.EDITOR)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class ArticleEditResource {
    private static final String IF_MATCH = ArticleWrites.IF_MATCH;

    private final ArticleEditor editor;
    private final JsonBodies bodies;
    private final ContentVersion contentVersion;

    public ArticleEditResource(ArticleEditor editor, JsonBodies bodies, ContentVersion contentVersion) {
        this.editor = editor;
        this.bodies = bodies;
        this.contentVersion = contentVersion;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Write a new article",
            description = "Role: editor. A draft unless `status` is `published`. Quotes are extracted from the body.")
    @APIResponse(responseCode = "201", description = "Stored; `Location` names it and `ETag` is its current validator",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response create(@Valid @NotNull IncomingArticle article) {
        ArticleEditor.Edited e = Constraints.retried(() -> editor.create(article), Constraints.ANY_SLUG);
        return answer(201, e).header("Location", e.view().links().self()).build();
    }

    @PUT
    @Path("/{slugOrId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceArticle", summary = "Replace an article",
            description = "Role: editor. Needs `If-Match`. A new headline may give a new slug; the old one then "
                    + "redirects.")
    @APIResponse(responseCode = "200", description = "The article as stored now",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response replace(@Parameter(description = "The article's slug or its UUID") @RestPath String slugOrId,
                            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull IncomingArticle article) {
        return answer(200,
                Constraints.retried(() -> editor.update(slugOrId, ifMatch, current -> article), Constraints.ANY_SLUG))
                .build();
    }

    @PATCH
    @Path("/{slugOrId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchArticle", summary = "Change some fields of an article (JSON Merge Patch, RFC 7396)",
            description = "Role: editor. Needs `If-Match`. Send only the members to change; `null` clears an optional "
                    + "one.")
    @RequestBody(required = true,
            description = "The fields to change, as in `IncomingArticle`; a null removes an optional field (RFC 7396)",
            content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "The article as stored now",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response patch(@Parameter(description = "The article's slug or its UUID") @RestPath String slugOrId,
                          @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                          String patch) {
        return answer(200, Constraints.retried(() -> editor.update(slugOrId, ifMatch,
                current -> bodies.merged(IncomingArticle.of(current), patch, IncomingArticle.class)),
                        Constraints.ANY_SLUG)).build();
    }

    private Response.ResponseBuilder answer(int status, ArticleEditor.Edited e) {
        return ArticleWrites.answer(contentVersion, status, e);
    }
}
