package dev.lede.webhook;

import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.web.Limit;
import dev.lede.web.PrivateRead;
import dev.lede.webhook.WebhookViews.Delivery;
import dev.lede.webhook.WebhookViews.DeliveryList;
import dev.lede.webhook.WebhookViews.WebhookList;
import dev.lede.webhook.WebhookViews.WebhookView;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The webhooks as they are set up, and the delivery log of each. */
@Path("/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Role.ADMIN)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class WebhookReadResource {
    private final WebhookRepository webhooks;

    public WebhookReadResource(WebhookRepository webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @PrivateRead
    @Operation(operationId = "listWebhooks", summary = "The webhooks",
            description = "Role: admin. Secrets are never shown.")
    @APIResponse(responseCode = "200", description = "The webhooks",
            content = @Content(schema = @Schema(implementation = WebhookList.class)))
    public WebhookList list() {
        return new WebhookList(webhooks.all().stream().map(WebhookView::of).toList());
    }

    @GET
    @Path("/{id}")
    @PrivateRead
    @Operation(operationId = "getWebhook", summary = "One webhook", description = "Role: admin.")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = WebhookResource.NOT_FOUND)
    public WebhookView get(@Parameter(description = "The webhook's id") @RestPath String id) {
        return WebhookView.of(webhooks.require(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @PrivateRead
    @Operation(operationId = "listWebhookDeliveries", summary = "Delivery attempts, newest first",
            description = "Every attempt with the receiver's status code or the error. Role: admin.")
    @APIResponse(responseCode = "200", description = "The attempts",
            content = @Content(schema = @Schema(implementation = DeliveryList.class)))
    @APIResponse(responseCode = "404", description = "No webhook with this id")
    public DeliveryList deliveries(@Parameter(description = "The webhook's id") @RestPath String id,
                                   @Parameter(description = "How many, 1 to 100") @RestQuery("limit")
                                   @DefaultValue(Limit.DEFAULT) Limit limit) {
        Webhook w = webhooks.require(id);
        return new DeliveryList(webhooks.deliveries(w.id, limit.value()));
    }
}
