package dev.lede.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChangeRepository {
    private static final String AFTER = """
            select seq, type, entity, entity_id, slug, at, article_id from change_event where seq > ?1%s order by seq
                limit ?2
            """;
    private static final String BUMP_VERSION = "update content_state set version = version + 1, changed_at = "
            + "clock_timestamp()";
    private static final String APPEND = """
            insert into change_event (type, entity, entity_id, article_id, slug, public, at)
            values (?1, ?2, ?3, ?4, ?5, ?6, clock_timestamp())
            """;

    private final EntityManager em;

    public ChangeRepository(EntityManager em) {
        this.em = em;
    }

    /** Events after {@code seq} in feed order, only public ones unless {@code all}; {@code limit} rows at most. */
    public List<Change> after(long seq, boolean all, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(AFTER.formatted(all ? "" : " and public"))
                .setParameter(1, seq).setParameter(2, limit).getResultList();
        return rows.stream().map(Change::of).toList();
    }

    /** The sequence number of the latest event, 0 before the first. */
    public long latestSeq() {
        return ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from change_event").getSingleResult())
                .longValue();
    }

    /** Locks the content_state row until the transaction ends; see {@link ChangeLog#waitForOtherWriters}. */
    void lockContentState() {
        em.createNativeQuery("select version from content_state for update").getResultList();
    }

    /** Appends an event after bumping the content's version; see {@link ChangeLog} for why in this order. */
    void append(ChangeType type, String entity, UUID entityId, UUID articleId, String slug, boolean visible) {
        em.flush();
        em.createNativeQuery(BUMP_VERSION).executeUpdate();
        em.createNativeQuery(APPEND)
                .setParameter(1, type.label()).setParameter(2, entity).setParameter(3, entityId)
                .setParameter(4, articleId).setParameter(5, slug).setParameter(6, visible)
                .executeUpdate();
    }
}
