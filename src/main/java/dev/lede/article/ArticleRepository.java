package dev.lede.article;

import dev.lede.fulltext.SearchQuery;
import dev.lede.paging.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {
    private static final String DUE_SCHEDULED = """
            select id, slug from article where status = 'SCHEDULED' and published_at <= now()
            order by published_at limit 100 for update skip locked
            """;
    private static final String PUBLISH_SCHEDULED = """
            update article set status = 'PUBLISHED', version = version + 1,
                updated_at = date_trunc('microseconds', clock_timestamp())
            where id = ?1
            """;

    /** A published article by slug, or by id when the key is a UUID. */
    public Optional<Article> findPublished(String slugOrId) {
        return find(slugOrId).filter(Article::isPublished);
    }

    public Optional<Article> find(String slugOrId) {
        UUID id = dev.lede.web.Params.uuid(slugOrId);
        return id != null
                ? find("from Article a join fetch a.section where a.id = ?1", id).firstResultOptional()
                : find("from Article a join fetch a.section where a.slug = ?1", slugOrId).firstResultOptional();
    }

    public Optional<Article> findByContentHash(String hash) {
        return find("from Article a join fetch a.section where a.contentHash = ?1", hash).firstResultOptional();
    }

    /** Those of these import hashes that stored articles have. */
    public java.util.Set<String> storedContentHashes(List<String> hashes) {
        return new java.util.HashSet<>(getEntityManager()
                .createQuery("select a.contentHash from Article a where a.contentHash in (?1)", String.class)
                .setParameter(1, hashes).getResultList());
    }

    public Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Published articles matching the filter, newest first, strictly after the cursor; one row more than asked. */
    public List<Article> published(ArticleFilter filter, Cursor after, int limit) {
        return withStatus(ArticleStatus.PUBLISHED, filter, after, limit);
    }

    /**
     * Articles with this status matching the filter, strictly after the cursor; one row more than
     * asked. Drafts come last edited first, the others by publication time.
     */
    public List<Article> withStatus(ArticleStatus status, ArticleFilter filter, Cursor after, int limit) {
        String key = sortKey(status);
        StringBuilder q = new StringBuilder("from Article a join fetch a.section s where a.status = :status");
        Parameters params = Parameters.with("status", status);
        if (filter.section() != null) {
            // by id, so the planner can walk that section's index newest first (see SearchSql)
            q.append(" and a.section.id = (select x.id from Section x where x.slug = :section)");
            params.and("section", filter.section());
        }
        if (filter.tag() != null) {
            q.append(" and exists (select 1 from Article t join t.tags tag where t = a and tag.slug = :tag)");
            params.and("tag", filter.tag());
        }
        if (filter.from() != null) {
            q.append(" and a.publishedAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            q.append(" and a.publishedAt < :to");
            params.and("to", filter.to());
        }
        if (filter.q() != null) {
            q.append(" and ").append(SearchQuery.HQL_ARTICLE_MATCH);
            params.and("q", filter.q().requireTerms(getEntityManager()).text());
        }
        if (after != null) {
            q.append(" and (a.").append(key).append(", a.id) < (:afterAt, :afterId)");
            params.and("afterAt", after.instant(0)).and("afterId", after.uuid(1));
        }
        q.append(" order by a.").append(key).append(" desc, a.id desc");
        return find(q.toString(), params).range(0, limit).list();
    }

    private static String sortKey(ArticleStatus status) {
        return status == ArticleStatus.DRAFT ? "updatedAt" : "publishedAt";
    }

    public static java.util.function.Function<Article, Cursor> cursorOf(ArticleStatus status) {
        return status == ArticleStatus.DRAFT ? a -> Cursor.of(a.updatedAt, a.id) : ArticleRepository::cursorOf;
    }

    /** The slug of the headline, with a numeric suffix if another article has it, or had it. */
    public String uniqueSlug(String headline) {
        return uniqueSlug(headline, null);
    }

    /** Like {@link #uniqueSlug(String)}, where slugs {@code self} had before are free for it. */
    public String uniqueSlug(String headline, UUID self) {
        String base = dev.lede.common.Slugs.of(headline);
        String slug = base;
        for (int n = 2; count("slug = ?1 and id <> ?2", slug, self == null ? NOBODY : self) > 0
                || formerlyOfAnother(slug, self); n++) {
            slug = dev.lede.common.Slugs.withSuffix(base, n);
        }
        return slug;
    }

    private static final UUID NOBODY = new UUID(0, 0);

    private boolean formerlyOfAnother(String slug, UUID self) {
        return !getEntityManager().createNativeQuery("select 1 from article_slug where slug = ?1 and article_id <> ?2")
                .setParameter(1, slug).setParameter(2, self == null ? NOBODY : self).getResultList().isEmpty();
    }

    /** Keeps the slug an article is leaving, so that it answers with a redirect; drops the one it takes back. */
    public void slugChanged(Article a, String oldSlug) {
        getEntityManager().createNativeQuery("delete from article_slug where slug = ?1").setParameter(1, a.slug)
                .executeUpdate();
        getEntityManager()
                .createNativeQuery(
                "insert into article_slug (slug, article_id) values (?1, ?2) on conflict (slug) do nothing")
                .setParameter(1, oldSlug).setParameter(2, a.id).executeUpdate();
    }

    /** The article that had this slug before its headline changed. */
    public Optional<Article> formerlyAt(String slug) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("select article_id from article_slug where slug = ?1", UUID.class)
                .setParameter(1, slug).getResultList();
        return ids.stream().findFirst().flatMap(id -> find(id.toString()));
    }

    /** An article to edit, locked until the transaction ends; deleted ones are gone. */
    public Optional<Article> findForUpdate(String slugOrId) {
        UUID id = dev.lede.web.Params.uuid(slugOrId);
        var query = id != null ? find("id = ?1 and status <> ?2", id, ArticleStatus.DELETED)
                : find("slug = ?1 and status <> ?2", slugOrId, ArticleStatus.DELETED);
        return query.withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Cursor cursorOf(Article a) {
        return Cursor.of(a.publishedAt, a.id);
    }

    /**
     * Up to 100 scheduled articles whose time has come (id, slug), locked until the transaction ends; those another
     * replica is publishing are skipped.
     */
    public List<Object[]> lockDueScheduled() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = getEntityManager().createNativeQuery(DUE_SCHEDULED).getResultList();
        return due;
    }

    public void publishScheduled(UUID id) {
        getEntityManager().createNativeQuery(PUBLISH_SCHEDULED).setParameter(1, id).executeUpdate();
    }

    /** The most recent change to any article, for Last-Modified of lists. */
    public Instant lastUpdate() {
        return getEntityManager().createQuery("select max(a.updatedAt) from Article a", Instant.class)
                .getSingleResult();
    }
}
