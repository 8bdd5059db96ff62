package dev.lede.sync;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Appends to the change log, inside the writing transaction. Appending first locks the single
 * content_state row until commit, so writers append one after another and the sequence number
 * follows commit order: a reader that has seen an event has seen every earlier one.
 */
@ApplicationScoped
public class ChangeLog {
    private final ChangeRepository changes;

    public ChangeLog(ChangeRepository changes) {
        this.changes = changes;
    }

    /**
     * Takes the content_state row first, where a writer would take it at its first content change: a transaction that
     * waits here holds no lock yet that another writer could be waiting for, and then sees all that writer committed.
     */
    public void waitForOtherWriters() {
        changes.lockContentState();
    }

    /**
     * @param visible whether anonymous readers may see the event: the content was public before or after it
     */
    public void append(ChangeType type, String entity, UUID entityId, UUID articleId, String slug, boolean visible) {
        changes.append(type, entity, entityId, articleId, slug, visible);
    }

    public void article(ChangeType type, UUID id, String slug, boolean visible) {
        append(type, "article", id, id, slug, visible);
    }
}
