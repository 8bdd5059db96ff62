package dev.lede.taxonomy;

import dev.lede.common.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Finds sections and tags by name, creating the ones that do not exist yet. */
@ApplicationScoped
public class Taxonomy {
    private final EntityManager em;

    public Taxonomy(EntityManager em) {
        this.em = em;
    }

    public Section section(String name) {
        String slug = Slugs.of(name);
        return em.createQuery("from Section where slug = ?1", Section.class).setParameter(1, slug)
                .getResultStream().findFirst()
                .orElseGet(() -> persist(Section.of(slug, name.trim())));
    }

    public List<Tag> tags(List<String> names) {
        return names.stream().map(Slugs::of).distinct().map(slug -> tag(slug, names)).toList();
    }

    private Tag tag(String slug, List<String> names) {
        return em.createQuery("from Tag where slug = ?1", Tag.class).setParameter(1, slug)
                .getResultStream().findFirst()
                .orElseGet(() -> persist(Tag.of(slug, names.stream().filter(n -> Slugs.of(n).equals(slug)).findFirst().orElseThrow().trim())));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
