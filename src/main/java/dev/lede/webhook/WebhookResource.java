package dev.lede.webhook;

import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.sync.ChangeRepository;
import dev.lede.web.Representations;
import dev.lede.webhook.WebhookViews.IncomingWebhook;
import dev.lede.webhook.WebhookViews.WebhookView;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/webhooks")
@Tag(name = "Webhooks", description = "Change events POSTed to subscribers, signed (role admin)")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Role.ADMIN)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class WebhookResource {
    private static final String DELIVERY = """
            Each event of the change feed of a subscribed type is POSTed as JSON (the feed's event) with headers \
            `X-Lede-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>`, `X-Lede-Delivery` (the same id \
            on every attempt at one event) and `X-Lede-Event` (e.g. `article.published`). Any 2xx answer counts as \
            delivered; otherwise it is retried with exponential backoff, and later events wait, so each receiver gets \
            events in order, at least once. Role: admin.""";
    static final String NOT_FOUND = "No webhook with this id";

    private final WebhookRepository webhooks;
    private final ChangeRepository changes;
    private final WebhookConfig config;

    public WebhookResource(WebhookRepository webhooks, ChangeRepository changes, WebhookConfig config) {
        this.webhooks = webhooks;
        this.changes = changes;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to change events, from now on",
            description = DELIVERY)
    @APIResponse(responseCode = "201", description = "Subscribed",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response create(@Valid @NotNull IncomingWebhook incoming) {
        Targets.check(incoming.url(), config.allowPrivate());
        Webhook w = new Webhook();
        w.set(incoming);
        w.cursor = changes.latestSeq();
        webhooks.persist(w);
        return Representations.keyed(Response.status(201).header("Location", "/api/v1/webhooks/" + w.id)
                .entity(WebhookView.of(w))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "replaceWebhook", summary = "Change a webhook's URL, events or secret",
            description = "Role: admin. Its place in the feed is kept.")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response replace(@Parameter(description = "The webhook's id") @RestPath String id,
            @Valid @NotNull IncomingWebhook incoming) {
        Targets.check(incoming.url(), config.allowPrivate());
        Webhook w = webhooks.require(id);
        w.set(incoming);
        return Representations.keyed(Response.ok(WebhookView.of(w))).build();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe",
            description = "Role: admin. Its delivery log goes too.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void delete(@Parameter(description = "The webhook's id") @RestPath String id) {
        webhooks.delete(webhooks.require(id));
    }
}
