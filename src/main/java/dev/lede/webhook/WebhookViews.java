package dev.lede.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What clients send and see of webhooks. */
public final class WebhookViews {
    private WebhookViews() {
    }

    @Schema(name = "IncomingWebhook")
    public record IncomingWebhook(
            @NotBlank @Size(max = 2000) @Schema(example = "https://example.com/hooks/lede") String url,
            @NotEmpty List<@NotNull @Pattern(regexp = "created|updated|published|unpublished|deleted",
                    message = "must be created, updated, published, unpublished or deleted") String> events,
            @NotBlank @Size(min = 16, max = 200)
                    @Schema(description = "Shared secret for the X-Lede-Signature HMAC; never shown again")
                    String secret) {
    }

    @Schema(name = "Webhook")
    public record WebhookView(UUID id, String url, List<String> events, Instant createdAt,
                              @Schema(description = "Failed attempts at the next event, 0 when all is delivered")
                                      int failing,
                              @Schema(nullable = true, description = "When the next retry is due, or null")
                                      Instant nextAttemptAt) {
        static WebhookView of(Webhook w) {
            return new WebhookView(w.id, w.url, w.eventList(), w.createdAt, w.attempts, w.nextAttemptAt);
        }
    }

    @Schema(name = "WebhookList")
    public record WebhookList(List<WebhookView> data) {
    }

    @Schema(name = "WebhookDelivery", description = "One attempt to deliver one event")
    public record Delivery(@Schema(description = "X-Lede-Delivery: the same for every attempt at one event")
            UUID deliveryId,
                           @Schema(description = "The change feed seq of the event") long seq,
                           @Schema(example = "article.published") String event,
                           @Schema(example = "1") int attempt,
                           @Schema(nullable = true, description = "The receiver's HTTP status, null when none came",
                                   example = "200") Integer statusCode,
                           @Schema(nullable = true, description = "Why it failed, null when delivered") String error,
                           boolean delivered, Instant at) {
    }

    @Schema(name = "WebhookDeliveryList")
    public record DeliveryList(List<Delivery> data) {
    }
}
