package dev.lede.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * Appends to the change log, inside the writing transaction. Appending first locks the single
 * content_state row until commit, so writers append one after another and the sequence number
 * follows commit order: a reader that has seen an event has seen every earlier one.
 */
@ApplicationScoped
public class ChangeLog {
    private final EntityManager em;

    public ChangeLog(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes the content_state row first, where a writer would take it at its first content change: a transaction that
     * waits here holds no lock yet that another writer could be waiting for, and then sees all that writer committed.
     */
    public void waitForOtherWriters() {
        em.createNativeQuery("select version from content_state for update").getResultList();
    }

    /**
     * @param visible whether anonymous readers may see the event: the content was public before or after it
     */
    public void append(ChangeType type, String entity, UUID entityId, UUID articleId, String slug, boolean visible) {
        em.flush();
        em.createNativeQuery("update content_state set version = version + 1, changed_at = clock_timestamp()").executeUpdate();
        em.createNativeQuery("insert into change_event (type, entity, entity_id, article_id, slug, public, at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, clock_timestamp())")
                .setParameter(1, type.label()).setParameter(2, entity).setParameter(3, entityId)
                .setParameter(4, articleId).setParameter(5, slug).setParameter(6, visible)
                .executeUpdate();
    }

    public void article(ChangeType type, UUID id, String slug, boolean visible) {
        append(type, "article", id, id, slug, visible);
    }
}
