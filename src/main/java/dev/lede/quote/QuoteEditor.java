package dev.lede.quote;

import dev.lede.problem.ApiException;
import dev.lede.sync.ChangeLog;
import dev.lede.sync.ChangeType;
import dev.lede.web.Representations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.UUID;
import java.util.function.Function;

/** Corrections of quote attributions: kept when the quotes are extracted again (see {@link QuoteService}). */
@ApplicationScoped
public class QuoteEditor {
    public record Edited(QuoteView view, String etag) {
    }

    private final EntityManager em;
    private final QuoteService quotes;
    private final ChangeLog changes;
    private final Representations representations;

    public QuoteEditor(EntityManager em, QuoteService quotes, ChangeLog changes, Representations representations) {
        this.em = em;
        this.quotes = quotes;
        this.changes = changes;
        this.representations = representations;
    }

    @Transactional
    public Edited correct(UUID id, String ifMatch, Function<Quote, QuoteCorrection> change) {
        Quote q = locked(id, ifMatch);
        QuoteCorrection c = change.apply(q);
        String name = c.speaker() == null ? null : c.speaker().trim();
        boolean sameSpeaker = q.speaker == null ? name == null : q.speaker.name.equals(name);
        if (!sameSpeaker) {
            q.speaker = name == null ? null : quotes.speaker(name, null);
        }
        q.role = c.role() == null || c.role().isBlank() ? null : c.role().trim();
        q.corrected = true;
        em.flush();
        changes.append(ChangeType.UPDATED, "quote", q.id, q.article.id, q.article.slug, q.article.isPublished());
        QuoteView view = QuoteView.from(q);
        return new Edited(view, representations.etag(view));
    }

    @Transactional
    public void hide(UUID id, String ifMatch) {
        Quote q = locked(id, ifMatch);
        q.hidden = true;
        em.flush();
        changes.append(ChangeType.DELETED, "quote", q.id, q.article.id, q.article.slug, q.article.isPublished());
    }

    private Quote locked(UUID id, String ifMatch) {
        Quote q = em.find(Quote.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (q == null || q.hidden || q.article.status == dev.lede.article.ArticleStatus.DELETED) {
            throw ApiException.notFound("No quote with id '" + id + "'");
        }
        representations.requireMatch(ifMatch, QuoteView.from(q));
        return q;
    }
}
