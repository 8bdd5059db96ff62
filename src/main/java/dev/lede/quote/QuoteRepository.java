package dev.lede.quote;

import dev.lede.article.Article;
import dev.lede.article.ArticleQuotes;
import dev.lede.article.ArticleViews.QuoteMark;
import dev.lede.fulltext.SearchQuery;
import dev.lede.paging.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Quotes visible to the public: not hidden, in published articles. */
@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<Quote, UUID>, ArticleQuotes {
    private static final String MARKS = """
            select id, paragraph, start_offset, end_offset from quote where article_id = ?1 and not hidden order by
                position
            """;
    private static final String COUNTS = """
            select article_id, count(*) from quote where article_id in (?1) and not hidden group by article_id
            """;
    private static final String VISIBLE = "from Quote q join fetch q.article a left join fetch q.speaker "
            + "where a.status = 'PUBLISHED' and q.hidden = false";

    public Optional<Quote> findVisible(UUID id) {
        return find(VISIBLE + " and q.id = ?1", id).firstResultOptional();
    }

    /** A quote an editor may read and correct: in any article not deleted (drafts too), unless hidden. */
    public Optional<Quote> findForEditor(UUID id) {
        return find("from Quote q join fetch q.article a left join fetch q.speaker "
                + "where q.id = ?1 and q.hidden = false and a.status <> 'DELETED'", id).firstResultOptional();
    }

    /** Every quote of an article, whatever its status, except hidden ones: for the editor who imported it. */
    public List<Quote> allOf(UUID articleId) {
        return find("from Quote q join fetch q.article left join fetch q.speaker where q.article.id = ?1 and q.hidden "
                + "= false order by q.position",
                articleId).list();
    }

    /** Every quote of an article, hidden ones too: what extracting them again replaces. */
    public List<Quote> storedIn(Article article) {
        return list("article", article);
    }

    /** Every quote given to this speaker, with its article. */
    public List<Quote> bySpeaker(Speaker speaker) {
        return find("from Quote q join fetch q.article where q.speaker = ?1", speaker).list();
    }

    /** One article's quotes in reading order, after the cursor's position; one row more than asked. */
    public List<Quote> ofArticle(UUID articleId, Cursor after, int limit) {
        int position = after == null ? -1 : after.integer(0);
        return find(VISIBLE + " and a.id = ?1 and q.position > ?2 order by q.position", articleId, position)
                .range(0, limit).list();
    }

    public static Cursor positionCursor(Quote q) {
        return Cursor.of(q.position);
    }

    /**
     * Quotes matching the filter, newest article first and in reading order within an article,
     * strictly after the cursor; one row more than asked. The keyset query finds the ids, then
     * the entities are loaded with their article and speaker.
     */
    public List<Quote> page(QuoteFilter filter, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select q.id from quote q join article a on a.id = q.article_id
                left join speaker s on s.id = q.speaker_id join section sec on sec.id = a.section_id
                where a.status = 'PUBLISHED' and not q.hidden""");
        Map<String, Object> params = new HashMap<>();
        condition(sql, params, filter.speaker(), " and s.slug = :speaker", "speaker");
        condition(sql, params, filter.section(), " and sec.slug = :section", "section");
        condition(sql, params, filter.article(), " and (a.slug = :article or a.id::text = :article)", "article");
        condition(sql, params, filter.from() == null ? null : Timestamp.from(filter.from()),
                " and a.published_at >= :from", "from");
        condition(sql, params, filter.to() == null ? null : Timestamp.from(filter.to()), " and a.published_at < :to",
                "to");
        if (filter.q() != null) {
            filter.q().requireTerms(getEntityManager());
            condition(sql, params, filter.q().text(), " and " + SearchQuery.matches("q.search_vector"), "q");
        }
        if (after != null) {
            sql.append(" and ((a.published_at, a.id) < (:afterAt, :afterArticle)"
                    + " or ((a.published_at, a.id) = (:afterAt, :afterArticle) and q.position > :afterPosition))");
            params.put("afterAt", Timestamp.from(after.instant(0)));
            params.put("afterArticle", after.uuid(1));
            params.put("afterPosition", after.integer(2));
        }
        sql.append(" order by a.published_at desc, a.id desc, q.position limit :limit");
        params.put("limit", limit + 1);
        Query query = getEntityManager().createNativeQuery(sql.toString(), UUID.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return visibleInOrder(ids);
    }

    public static Cursor cursorOf(Quote q) {
        return Cursor.of(q.article.publishedAt, q.article.id, q.position);
    }

    /** These quotes, in this order, leaving out any not visible. */
    public List<Quote> visibleInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Quote> quotes = new ArrayList<>(find(VISIBLE + " and q.id in ?1", ids).list());
        quotes.sort(Comparator.comparingInt(q -> ids.indexOf(q.id)));
        return quotes;
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, Object value, String clause,
            String name) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }

    @Override
    public List<QuoteMark> marks(UUID articleId) {
        if (articleId == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(MARKS).setParameter(1, articleId).getResultList();
        return rows.stream().map(r -> new QuoteMark((UUID) r[0], (Integer) r[1], (Integer) r[2], (Integer) r[3]))
                .toList();
    }

    @Override
    public Map<UUID, Integer> counts(List<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(COUNTS).setParameter(1, articleIds).getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return counts;
    }
}
