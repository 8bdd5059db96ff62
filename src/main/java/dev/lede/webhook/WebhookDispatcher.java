package dev.lede.webhook;

import dev.lede.database.DatabaseNotAnswering;
import dev.lede.problem.DatabaseFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Delivers change events to webhooks from the change log. Each webhook's cursor and retry state
 * live in its row, so nothing is lost when a replica stops; the row lock (SKIP LOCKED) keeps two
 * replicas from sending the same webhook's events at once, which keeps them in order.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final int BATCH = 20;
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private final WebhookRepository webhooks;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private volatile boolean paused;

    public WebhookDispatcher(WebhookRepository webhooks, WebhookSender sender, WebhookConfig config) {
        this.webhooks = webhooks;
        this.sender = sender;
        this.config = config;
    }

    @Scheduled(every = "${lede.webhooks.dispatch-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DatabaseNotAnswering.class)
    void dispatch() {
        if (!paused) {
            DatabaseFailures.tolerated(LOG, "Webhook delivery", this::runOnce);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        paused = true;
    }

    /** Stops and restarts sending (as a stopped replica would); what is pending waits in the database. */
    public void pause(boolean pause) {
        this.paused = pause;
    }

    /** One round over the webhooks that are due; returns how many events were delivered. */
    public int runOnce() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> webhooks.due(Instant.now()));
        int delivered = 0;
        for (UUID id : due) {
            // one event a transaction: a receiver that answers slowly (up to the send timeout) cannot keep a
            // transaction open past its timeout, which would roll back events it had received and send them again
            int sent = 0;
            while (sent < BATCH && QuarkusTransaction.requiringNew().call(() -> deliverNext(id))) {
                sent++;
            }
            delivered += sent;
        }
        return delivered;
    }

    /** Sends the webhook's next event, if it is due; true when one was delivered. */
    private boolean deliverNext(UUID id) {
        Webhook w = webhooks.lockUnlessTaken(id).orElse(null);
        if (w == null || (w.nextAttemptAt != null && w.nextAttemptAt.isAfter(Instant.now()))) {
            return false;
        }
        for (WebhookSender.Event event : sender.eventsAfter(w.cursor, BATCH)) {
            if (!w.eventList().contains(event.change().type())) {
                w.cursor = event.change().seq();
                continue;
            }
            WebhookSender.Attempt attempt = sender.send(w, event, w.attempts + 1, config.allowPrivate());
            if (!attempt.delivered()) {
                w.attempts++;
                w.nextAttemptAt = Instant.now().plus(backoff(w.attempts));
                return false;
            }
            w.cursor = event.change().seq();
            w.attempts = 0;
            w.nextAttemptAt = null;
            return true;
        }
        return false;
    }

    private Duration backoff(int attempts) {
        Duration delay = config.retryBase().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
