package dev.lede.quote;

import dev.lede.paging.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Speakers with at least one visible quote, with their counts, by name. */
@ApplicationScoped
public class SpeakerRepository {
    private static final String SUMMARY = """
            select s.slug, s.name, s.role, count(q.id), max(a.published_at), s.id, s.type, s.affiliation
            from speaker s join quote q on q.speaker_id = s.id and not q.hidden
            join article a on a.id = q.article_id and a.status = 'PUBLISHED'
            where %s group by s.id order by s.name, s.id limit :limit""";
    static final int LATEST_QUOTES = 10;

    private final EntityManager em;
    private final QuoteRepository quotes;

    public SpeakerRepository(EntityManager em, QuoteRepository quotes) {
        this.em = em;
        this.quotes = quotes;
    }

    /** Speakers whose name (or a word of it) starts with {@code prefix}, after the cursor; one row more than asked. */
    public List<Object[]> page(String prefix, Cursor after, int limit) {
        String where = "true";
        if (prefix != null) {
            where += " and (lower(s.name) like :prefix escape '!' or lower(s.name) like :wordPrefix escape '!')";
        }
        if (after != null) {
            where += " and (s.name, s.id) > (:afterName, :afterId)";
        }
        Query query = em.createNativeQuery(SUMMARY.formatted(where)).setParameter("limit", limit + 1);
        if (prefix != null) {
            String escaped = prefix.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setParameter("prefix", escaped + "%").setParameter("wordPrefix", "% " + escaped + "%");
        }
        if (after != null) {
            query.setParameter("afterName", after.text(0)).setParameter("afterId", after.number(1));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    public static Cursor cursorOf(Object[] row) {
        return Cursor.of(row[1], row[5]);
    }

    public Optional<SpeakerViews.Summary> find(String slug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUMMARY.formatted("s.slug = :slug"))
                .setParameter("slug", slug).setParameter("limit", 1).getResultList();
        return rows.stream().findFirst().map(SpeakerViews.Summary::of);
    }

    /** A speaker as GET /speakers/{slug} shows them: with their latest quotes. */
    public Optional<SpeakerViews.Detail> detail(String slug) {
        return find(slug).map(speaker -> SpeakerViews.Detail.of(speaker,
                quotes.page(QuoteFilter.bySpeaker(slug), null, LATEST_QUOTES).stream().limit(LATEST_QUOTES)
                        .map(QuoteView::from).toList()));
    }

    /** The speaker with this slug, merged or not, for editing. */
    public Optional<Speaker> bySlug(String slug) {
        return em.createQuery("from Speaker where slug = ?1", Speaker.class).setParameter(1, slug).getResultStream()
                .findFirst();
    }

    /** People not merged into another with this family name, oldest first. */
    public Stream<Speaker> peopleNamed(String familyName) {
        return em.createQuery(
                "from Speaker where familyName = ?1 and mergedInto is null and type = 'person' order by id",
                Speaker.class).setParameter(1, familyName).getResultStream();
    }

    public void add(Speaker speaker) {
        em.persist(speaker);
    }
}
