package dev.lede.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.sync.Change;
import dev.lede.sync.ChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends one event to one webhook, signed, and records the attempt. */
@ApplicationScoped
public class WebhookSender {
    record Event(Change change) {
        String name() {
            return change.entity() + "." + change.type();
        }
    }

    record Attempt(boolean delivered) {
    }

    private final WebhookRepository webhooks;
    private final ChangeRepository changes;
    private final ObjectMapper mapper;
    private final ReceiverClient receivers;

    public WebhookSender(WebhookRepository webhooks, ChangeRepository changes, ObjectMapper mapper,
            ReceiverClient receivers) {
        this.webhooks = webhooks;
        this.changes = changes;
        this.mapper = mapper;
        this.receivers = receivers;
    }

    List<Event> eventsAfter(long seq, int limit) {
        return changes.after(seq, true, limit).stream().map(Event::new).toList();
    }

    Attempt send(Webhook w, Event event, int attempt, boolean allowPrivate) {
        UUID deliveryId = UUID.nameUUIDFromBytes((w.id + "/" + event.change().seq()).getBytes(StandardCharsets.UTF_8));
        Integer status = null;
        String error = null;
        try {
            Targets.Target target = Targets.resolve(w.url, allowPrivate, Targets.Dns.SYSTEM);
            byte[] body = mapper.writeValueAsBytes(event.change());
            status = receivers.post(target, Map.of(
                    "Content-Type", "application/json",
                    "X-Lede-Signature", "sha256=" + hmac(w.secret, body),
                    "X-Lede-Delivery", deliveryId.toString(),
                    "X-Lede-Event", event.name()), body);
            error = status / 100 == 2 ? null : "The receiver answered " + status;
        } catch (Targets.Refused e) {
            error = "The URL " + e.getMessage();
        } catch (IOException e) {
            error = "Could not reach the receiver: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted";
        }
        webhooks.logAttempt(w, deliveryId, event.change().seq(), event.name(), attempt, status, error);
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
