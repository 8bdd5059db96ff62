package dev.lede.webhook;

import dev.lede.problem.ApiException;
import dev.lede.web.Params;
import dev.lede.webhook.WebhookViews.Delivery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhooks and their delivery log. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {
    private static final String DELIVERIES = """
            select delivery_id, change_seq, event, attempt, status_code, error, delivered, at
            from webhook_delivery where webhook_id = ?1 order by id desc limit ?2
            """;
    private static final String LOG_ATTEMPT = """
            insert into webhook_delivery (webhook_id, delivery_id, change_seq, event, attempt, status_code, error,
                delivered)
            values (?1, ?2, ?3, ?4, ?5, cast(?6 as integer), cast(?7 as text), ?8)
            """;

    /** The webhook with this id; a 404 problem when there is none. */
    public Webhook require(String id) {
        UUID webhookId = Params.uuid(id);
        Webhook w = webhookId == null ? null : findById(webhookId);
        if (w == null) {
            throw ApiException.notFound("No webhook with id '" + id + "'");
        }
        return w;
    }

    public List<Webhook> all() {
        return find("from Webhook order by createdAt, id").list();
    }

    /** The webhooks with an attempt due now. */
    public List<UUID> due(Instant now) {
        return getEntityManager().createQuery(
                        "select w.id from Webhook w where w.nextAttemptAt is null or w.nextAttemptAt <= ?1", UUID.class)
                .setParameter(1, now).getResultList();
    }

    /** The webhook, locked until the transaction ends; empty when another replica holds it (SKIP LOCKED). */
    public Optional<Webhook> lockUnlessTaken(UUID id) {
        return getEntityManager().createQuery("from Webhook where id = ?1", Webhook.class).setParameter(1, id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultStream().findFirst();
    }

    /** The latest attempts to deliver to this webhook, newest first. */
    public List<Delivery> deliveries(UUID webhookId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(DELIVERIES)
                .setParameter(1, webhookId).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Delivery((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).intValue(), r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5],
                (Boolean) r[6], r[7] instanceof Timestamp t ? t.toInstant() : (Instant) r[7])).toList();
    }

    /** Records one attempt: the receiver's status, or the error that kept it from answering. */
    public void logAttempt(Webhook w, UUID deliveryId, long seq, String event, int attempt, Integer status,
            String error) {
        getEntityManager().createNativeQuery(LOG_ATTEMPT)
                .setParameter(1, w.id).setParameter(2, deliveryId).setParameter(3, seq)
                .setParameter(4, event).setParameter(5, attempt)
                .setParameter(6, status).setParameter(7, error).setParameter(8, error == null)
                .executeUpdate();
    }
}
