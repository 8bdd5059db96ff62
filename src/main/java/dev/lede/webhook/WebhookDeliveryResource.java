package dev.lede.webhook;

import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.web.Limit;
import dev.lede.web.PrivateRead;
import dev.lede.webhook.WebhookViews.Delivery;
import dev.lede.webhook.WebhookViews.DeliveryList;
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

/** GET /webhooks/{id}/deliveries: the delivery log of one webhook. */
@Path("/webhooks/{id}/deliveries")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Role.ADMIN)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class WebhookDeliveryResource {
    private final WebhookRepository webhooks;

    public WebhookDeliveryResource(WebhookRepository webhooks) {
        this.webhooks = webhooks;
    }

    @GET
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
