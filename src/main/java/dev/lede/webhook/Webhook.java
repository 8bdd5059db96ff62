package dev.lede.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A subscriber: where to POST which change events, signed with its secret. */
@Entity
public class Webhook {
    @Id
    public UUID id;
    public String url;
    /** Comma-separated event types. */
    public String events;
    public String secret;
    /** The last change_event seq handled (delivered or not subscribed to). */
    public long cursor;
    /** Failed attempts at the event after the cursor. */
    public int attempts;
    public Instant nextAttemptAt;
    public Instant createdAt;

    @PrePersist
    void created() {
        id = id == null ? UUID.randomUUID() : id;
        createdAt = Instant.now();
    }

    public List<String> eventList() {
        return Arrays.asList(events.split(","));
    }

    /** Where to, which events and with what secret, as a subscriber asked. */
    void set(WebhookViews.IncomingWebhook incoming) {
        url = incoming.url().trim();
        events = String.join(",", incoming.events().stream().distinct().toList());
        secret = incoming.secret();
    }
}
