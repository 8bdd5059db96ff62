package dev.lede.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** What sitemaps list of the published articles, read in SQL: counts by month, and rows streamed through a cursor. */
@ApplicationScoped
public class SitemapRepository {
    /** Rows read from the database at a time while a sitemap is written. */
    private static final int FETCH = 1000;

    record Month(YearMonth month, long articles, Instant lastModified) {
    }

    record Row(UUID id, String slug, String section, Instant publishedAt, Instant updatedAt, String headline,
            String lang) {
    }

    private final EntityManager em;

    public SitemapRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Each month with published articles (by publication time, UTC), oldest first: one range of
     * article_sitemap_idx per month, read from the index alone, rather than every row sorted by month.
     */
    public List<Month> months() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select extract(year from m)::int, extract(month from m)::int, c.n, c.latest
                from generate_series(
                        date_trunc('month', (select min(published_at) from article where status = 'PUBLISHED') at time
                            zone 'UTC'),
                        date_trunc('month', (select max(published_at) from article where status = 'PUBLISHED') at time
                            zone 'UTC'),
                        interval '1 month') m,
                     lateral (select count(*) n, max(updated_at) latest from article
                              where status = 'PUBLISHED' and published_at >= m at time zone 'UTC'
                                and published_at < (m + interval '1 month') at time zone 'UTC') c
                where c.n > 0 order by m""").getResultList();
        return rows.stream()
                .map(r ->
                new Month(YearMonth.of((Integer) r[0], (Integer) r[1]), ((Number) r[2]).longValue(), (Instant) r[3]))
                .toList();
    }

    /** The month's articles from {@code offset}, at most {@code limit}, oldest first, handed on one by one as the
     * cursor reads them. */
    @Transactional
    public void month(YearMonth month, int offset, int limit, Consumer<Row> each) {
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        stream(em.createNativeQuery(SELECT
                + " and a.published_at >= ?1 and a.published_at < ?2 order by a.published_at, a.id offset ?3 limit ?4")
                .setParameter(1, from).setParameter(2, to).setParameter(3, offset).setParameter(4, limit), each);
    }

    /** Articles published since {@code since} (and not in the future), newest first, at most {@code limit}. */
    @Transactional
    public void since(Instant since, int limit, Consumer<Row> each) {
        stream(em.createNativeQuery(SELECT
                + " and a.published_at >= ?1 and a.published_at <= now() order by a.published_at desc, a.id desc limit "
                + "?2")
                .setParameter(1, since).setParameter(2, limit), each);
    }

    private static final String SELECT = """
            select a.id, a.slug, s.slug, a.published_at, a.updated_at, a.headline, a.lang
            from article a join section s on s.id = a.section_id where a.status = 'PUBLISHED'""";

    private static void stream(jakarta.persistence.Query query, Consumer<Row> each) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = query.setHint("org.hibernate.fetchSize", FETCH).getResultStream();
        try (rows) {
            rows.forEach(r ->
                    each.accept(new Row((UUID) r[0], (String) r[1], (String) r[2], (Instant) r[3], (Instant) r[4],
                    (String) r[5], (String) r[6])));
        }
    }
}
