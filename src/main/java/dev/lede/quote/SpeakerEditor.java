package dev.lede.quote;

import dev.lede.common.Slugs;
import dev.lede.problem.ApiException;
import dev.lede.problem.Problem;
import dev.lede.sync.ChangeLog;
import dev.lede.sync.ChangeType;
import dev.lede.web.Representations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Editors' merges and splits of speakers. Each moved quote appends an `updated` quote event. A merged speaker
 * keeps its row, pointing at the one it was merged into, so that quotes extracted for it later go there too.
 */
@ApplicationScoped
public class SpeakerEditor {
    public record Edited(SpeakerViews.Detail view, String etag, boolean created) {
    }

    private final EntityManager em;
    private final SpeakerRepository speakers;
    private final QuoteService quotes;
    private final QuoteRepository stored;
    private final ChangeLog changes;
    private final Representations representations;

    public SpeakerEditor(EntityManager em, SpeakerRepository speakers, QuoteService quotes, QuoteRepository stored,
                         ChangeLog changes, Representations representations) {
        this.em = em;
        this.speakers = speakers;
        this.quotes = quotes;
        this.stored = stored;
        this.changes = changes;
        this.representations = representations;
    }

    @Transactional
    public Edited merge(String slug, String ifMatch, SpeakerEdits.Merge merge) {
        Speaker target = locked(slug, ifMatch);
        List<Speaker> others = new ArrayList<>();
        for (String other : merge.speakers()) {
            Speaker s = speakers.bySlug(other).map(Speaker::current)
                    .orElseThrow(() -> invalid("speakers", "no speaker with slug '" + other + "'"));
            if (s == target) {
                throw invalid("speakers", "'" + other + "' is this speaker already");
            }
            others.add(em.find(Speaker.class, s.id, LockModeType.PESSIMISTIC_WRITE));
        }
        for (Speaker s : others) {
            s.mergedInto = target;
            move(quotesOf(s), target, null);
        }
        return edited(target, false);
    }

    @Transactional
    public Edited split(String slug, String ifMatch, SpeakerEdits.Split split) {
        Speaker from = locked(slug, ifMatch);
        List<Quote> moving = new ArrayList<>();
        for (UUID id : split.quotes()) {
            Quote q = em.find(Quote.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (q == null || q.hidden || q.speaker != from || !q.article.isPublished()) {
                throw invalid("quotes", "'" + id + "' is not a quote of " + slug + " in a published article");
            }
            moving.add(q);
        }
        boolean created = speakers.bySlug(Slugs.of(split.name())).isEmpty();
        Speaker to = quotes.speaker(split.name().trim(), null);
        if (to == from) {
            throw invalid("name", "names this speaker itself");
        }
        move(moving, to, split.role() == null || split.role().isBlank() ? null : split.role().trim());
        return edited(to, created);
    }

    /** The speaker at this slug, locked, whose GET the client's If-Match must name. */
    private Speaker locked(String slug, String ifMatch) {
        Speaker s = speakers.bySlug(slug)
                .orElseThrow(() -> ApiException.notFound("No speaker with slug '" + slug + "'"));
        em.find(Speaker.class, s.id, LockModeType.PESSIMISTIC_WRITE);
        SpeakerViews.Detail now = speakers.detail(slug)
                .orElseThrow(() -> ApiException.notFound("No speaker with slug '" + slug + "'"));
        representations.requireMatch(ifMatch, now);
        return s;
    }

    private List<Quote> quotesOf(Speaker s) {
        return stored.bySpeaker(s);
    }

    /** Gives the quotes to another speaker as an editor's correction, which extracting them again keeps. */
    private void move(List<Quote> moving, Speaker to, String role) {
        for (Quote q : moving) {
            q.speaker = to;
            q.role = role != null ? role : q.role;
            q.corrected = true;
        }
        em.flush();
        moving.stream().filter(q -> !q.hidden).forEach(q ->
                changes.append(ChangeType.UPDATED, "quote", q.id, q.article.id, q.article.slug,
                        q.article.isPublished()));
    }

    private Edited edited(Speaker s, boolean created) {
        em.flush();
        SpeakerViews.Detail view = speakers.detail(s.slug).orElseThrow();
        return new Edited(view, representations.etag(view), created);
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(400, "Invalid '" + field + "': " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
