package dev.lede.taxonomy;

import dev.lede.common.Named;
import dev.lede.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * Sections and tags with their published article counts, in slug order. Only those with published
 * articles exist publicly: one used only by drafts or scheduled articles would give away what is coming.
 */
@ApplicationScoped
public class TermRepository {
    private static final String SECTIONS = """
            select s.slug, s.name, count(a.id), max(a.published_at)
            from section s join article a on a.section_id = s.id and a.status = 'PUBLISHED'
            where %s group by s.id order by s.slug limit :limit""";
    private static final String TAGS = """
            select t.slug, t.name, count(a.id), max(a.published_at)
            from tag t join article_tag at on at.tag_id = t.id
                       join article a on a.id = at.article_id and a.status = 'PUBLISHED'
            where %s group by t.id order by t.slug limit :limit""";

    private final EntityManager em;
    private final Site site;

    public TermRepository(EntityManager em, Site site) {
        this.em = em;
        this.site = site;
    }

    public List<Term> sections(String after, int limit) {
        return page(SECTIONS, "s", after, limit).stream().map(r -> Term.of(r, "sections", "section", site::section))
                .toList();
    }

    public List<Term> tags(String after, int limit) {
        return page(TAGS, "t", after, limit).stream().map(r -> Term.of(r, "tags", "tag", site::tag)).toList();
    }

    public Optional<Term> section(String slug) {
        return one(SECTIONS, "s", slug).map(r -> Term.of(r, "sections", "section", site::section));
    }

    public Optional<Term> tag(String slug) {
        return one(TAGS, "t", slug).map(r -> Term.of(r, "tags", "tag", site::tag));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> page(String sql, String alias, String after, int limit) {
        return em.createNativeQuery(sql.formatted(alias + ".slug > :after"))
                .setParameter("after", after == null ? "" : after)
                .setParameter("limit", limit + 1)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private Optional<Object[]> one(String sql, String alias, String slug) {
        List<Object[]> rows = em.createNativeQuery(sql.formatted(alias + ".slug = :slug"))
                .setParameter("slug", slug)
                .setParameter("limit", 1)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** The section or tag with this slug. */
    public <T extends Named> Optional<T> find(Class<T> type, String slug) {
        return em.createQuery("from " + type.getSimpleName() + " where slug = ?1", type).setParameter(1, slug)
                .getResultStream().findFirst();
    }

    public <T extends Named> T add(T term) {
        em.persist(term);
        return term;
    }
}
