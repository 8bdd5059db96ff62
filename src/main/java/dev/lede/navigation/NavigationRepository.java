package dev.lede.navigation;

import dev.lede.article.Article;
import dev.lede.article.ArticleNavigation;
import dev.lede.article.ArticleRef;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Navigation;
import dev.lede.article.RelatedArticle;
import dev.lede.database.PlanCacheMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import java.util.List;

/**
 * Navigation computed at read time from indexes, so an article that is unpublished or deleted
 * drops out of every other article's navigation at once. Previous and next are keyset steps on
 * the partial indexes of published articles; related articles are scored among a bounded set of
 * candidates (see {@link #RELATED}).
 */
@ApplicationScoped
public class NavigationRepository implements ArticleNavigation {
    /** Candidates per direction in time for each shared tag and speaker, for the section, and from text. */
    static final int CANDIDATES = 5;
    /** The article's most quoted speakers that lead to candidates. */
    static final int SPEAKERS = 5;
    static final int MAX_RELATED = 20;
    /** Words in more than this share of articles are too common to relate two articles (and costly to look up). */
    static final double COMMON_WORD = 0.01;
    /** ... and in more than this many: in a small archive, a word two articles share still relates them. */
    static final int COMMON_WORD_MIN_ARTICLES = 20;
    static final int SIGNIFICANT_WORDS = 8;

    private static final String SUMMARY = "a.id, a.slug, a.headline, s.slug, s.name, a.published_at";

    private static final String NEIGHBOURS = """
            select n.rel, %s from (
                (select 1 as rel, id from article where status = 'PUBLISHED' and (published_at, id) < (:at, :id)
                    order by published_at desc, id desc limit 1)
                union all
                (select 2, id from article where status = 'PUBLISHED' and (published_at, id) > (:at, :id)
                    order by published_at, id limit 1)
                union all
                (select 3, id from article where status = 'PUBLISHED' and section_id = :section and (published_at, id)
                    < (:at, :id)
                    order by published_at desc, id desc limit 1)
                union all
                (select 4, id from article where status = 'PUBLISHED' and section_id = :section and (published_at, id)
                    > (:at, :id)
                    order by published_at, id limit 1)
            ) n join article a on a.id = n.id join section s on s.id = a.section_id
            """.formatted(SUMMARY);

    /**
     * Candidates are the articles nearest in publication time (both ways) that share each tag or
     * speaker, the section's nearest articles, and a few articles containing the article's
     * significant words: its headline, standfirst and "why we wrote this" lexemes that the
     * planner's statistics list as common (in more than {@value #COMMON_WORD} of articles and more than
     * {@value #COMMON_WORD_MIN_ARTICLES} of them), headline
     * words first. Each candidate then gets what it shares, named (a word as the article spells it). Every step reads a
     * handful of index entries, whatever the corpus size.
     */
    private static final String RELATED = """
            with my_tags as (select tag_id from article_tag where article_id = :id),
            my_speakers as (select speaker_id from quote where article_id = :id and speaker_id is not null and not
                hidden
                group by speaker_id order by count(*) desc, speaker_id limit %3$d),
            common as materialized (
                select e.lexeme from pg_stats p, pg_class t, unnest(p.most_common_elems::text::text[],
                    p.most_common_elem_freqs) e(lexeme, freq)
                where p.schemaname = current_schema() and p.tablename = 'article' and p.attname = 'search_vector'
                    and t.oid = 'article'::regclass and e.freq > %4$s and e.freq * t.reltuples > %6$d
                    -- the frequencies end with three statistics of their own (no lexeme); a null here would
                    -- make the "not in" below false for every word
                    and e.lexeme is not null),
            surface as (
                select distinct on (v.lexeme) v.lexeme, t.word from article me,
                    regexp_split_to_table(lower(me.headline || ' ' || coalesce(me.standfirst, '') || ' ' ||
                        coalesce(me.why_we_wrote_this, '')),
                                          '[^[:alnum:]]+') with ordinality t(word, n),
                    unnest(to_tsvector('english', t.word)) v
                where me.id = :id order by v.lexeme, t.n),
            words as materialized (
                select u.lexeme, coalesce(w.word, u.lexeme) as word from article me cross join unnest(me.search_vector)
                    u
                    left join surface w on w.lexeme = u.lexeme
                where me.id = :id and u.weights && array['A', 'B'] and u.lexeme not in (select lexeme from common)
                order by 'A' = any(u.weights) desc, u.lexeme limit %5$d),
            any_word as (select string_agg(quote_literal(lexeme), ' | ')::tsquery as q from words),
            candidates as (
                select t.article_id from my_tags m cross join lateral (
                    (select article_id from article_tag x where x.tag_id = m.tag_id and x.published_at is not null
                        and (x.published_at, x.article_id) < (:at, :id) order by x.published_at desc, x.article_id desc
                            limit %2$d)
                    union all
                    (select article_id from article_tag x where x.tag_id = m.tag_id and x.published_at is not null
                        and (x.published_at, x.article_id) > (:at, :id) order by x.published_at, x.article_id limit
                            %2$d)) t
                union
                select q.article_id from my_speakers m cross join lateral (
                    (select article_id from quote x where x.speaker_id = m.speaker_id and x.published_at is not null
                        and not x.hidden
                        and (x.published_at, x.article_id) < (:at, :id) order by x.published_at desc, x.article_id desc
                            limit %2$d)
                    union all
                    (select article_id from quote x where x.speaker_id = m.speaker_id and x.published_at is not null
                        and not x.hidden
                        and (x.published_at, x.article_id) > (:at, :id) order by x.published_at, x.article_id limit
                            %2$d)) q
                union
                (select id from article where status = 'PUBLISHED' and section_id = :section and (published_at, id) <
                    (:at, :id)
                    order by published_at desc, id desc limit %2$d)
                union
                (select id from article where status = 'PUBLISHED' and section_id = :section and (published_at, id) >
                    (:at, :id)
                    order by published_at, id limit %2$d)
                union
                (select id from article where status = 'PUBLISHED' and id <> :id
                    and search_vector @@ (select q from any_word) limit %2$d))
            select %1$s,
                array(select g.name from article_tag x join tag g on g.id = x.tag_id
                      where x.article_id = a.id and x.tag_id in (select tag_id from my_tags) order by g.name),
                array(select distinct p.name from quote x join speaker p on p.id = x.speaker_id
                      where x.article_id = a.id and not x.hidden and x.speaker_id in (select speaker_id from
                          my_speakers) order by p.name),
                a.section_id = :section,
                case when a.search_vector @@ any_word.q
                     then array(select w.word from unnest(a.search_vector) u join words w on w.lexeme = u.lexeme order
                         by w.word) end
            from candidates c join article a on a.id = c.article_id and a.status = 'PUBLISHED' and a.id <> :id
            join section s on s.id = a.section_id cross join any_word
            """.formatted(SUMMARY, CANDIDATES, SPEAKERS, COMMON_WORD, SIGNIFICANT_WORDS, COMMON_WORD_MIN_ARTICLES);

    private final Session session;

    public NavigationRepository(Session session) {
        this.session = session;
    }

    @Override
    public Navigation of(Article article, int related) {
        if (article.status != ArticleStatus.PUBLISHED) {
            // a draft an editor reads is in no sequence of published articles yet
            return new Navigation(null, null, null, null, List.of());
        }
        Navigation neighbours = neighbours(article);
        return related == 0 ? neighbours : neighbours.withRelated(related(article, related));
    }

    /** Previous and next of a published article, overall and in its section; related left empty. */
    Navigation neighbours(Article article) {
        ArticleRef[] found = new ArticleRef[5];
        for (Object[] row : rows(NEIGHBOURS, article).getResultList()) {
            found[((Number) row[0]).intValue()] = NavigationRows.ref(row, 1);
        }
        return new Navigation(found[1], found[2], found[3], found[4], List.of());
    }

    /** Up to {@code limit} related articles, most related first. */
    List<RelatedArticle> related(Article article, int limit) {
        // planning this statement took longer than running it (about 2 ms against 2 ms); its generic plan
        // is as good for every article, as each step is an index lookup on the article's own values
        List<Object[]> rows = PlanCacheMode.FORCE_GENERIC_PLAN.run(session, () -> rows(RELATED, article)
                .getResultList());
        return rows.stream().map(NavigationRows::related).sorted(NavigationRows.ORDER).limit(limit).toList();
    }

    private NativeQuery<Object[]> rows(String sql, Article article) {
        return session.createNativeQuery(sql, Object[].class)
                .setParameter("id", article.id)
                .setParameter("at", article.publishedAt)
                .setParameter("section", article.section.id);
    }
}
