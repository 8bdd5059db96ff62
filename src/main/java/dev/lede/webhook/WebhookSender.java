package dev.lede.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.sync.Change;
import dev.lede.sync.ChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Sends one event to one webhook, signed, and records the attempt. */
@ApplicationScoped
public class WebhookSender {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    record Event(Change change) {
        String name() {
            return change.entity() + "." + change.type();
        }
    }

    record Attempt(boolean delivered) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final EntityManager em;
    private final ChangeRepository changes;
    private final ObjectMapper mapper;

    public WebhookSender(EntityManager em, ChangeRepository changes, ObjectMapper mapper) {
        this.em = em;
        this.changes = changes;
        this.mapper = mapper;
    }

    List<Event> eventsAfter(long seq, int limit) {
        return changes.after(seq, true, limit).stream().map(Event::new).toList();
    }

    Attempt send(Webhook w, Event event, int attempt, boolean allowPrivate) {
        UUID deliveryId = UUID.nameUUIDFromBytes((w.id + "/" + event.change().seq()).getBytes(StandardCharsets.UTF_8));
        Integer status = null;
        String error = Targets.refusal(w.url, allowPrivate);
        if (error == null) {
            try {
                byte[] body = mapper.writeValueAsBytes(event.change());
                HttpRequest request = HttpRequest.newBuilder(URI.create(w.url)).timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .header("X-Lede-Signature", "sha256=" + hmac(w.secret, body))
                        .header("X-Lede-Delivery", deliveryId.toString())
                        .header("X-Lede-Event", event.name())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                error = status / 100 == 2 ? null : "The receiver answered " + status;
            } catch (IOException e) {
                error = "Could not reach the receiver: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "Interrupted";
            }
        } else {
            error = "The URL " + error;
        }
        em.createNativeQuery("insert into webhook_delivery (webhook_id, delivery_id, change_seq, event, attempt, status_code, error, delivered) "
                        + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as integer), cast(?7 as text), ?8)")
                .setParameter(1, w.id).setParameter(2, deliveryId).setParameter(3, event.change().seq())
                .setParameter(4, event.name()).setParameter(5, attempt)
                .setParameter(6, status == null ? null : status).setParameter(7, error).setParameter(8, error == null)
                .executeUpdate();
        return new Attempt(error == null);
    }

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
