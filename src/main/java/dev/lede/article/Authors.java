package dev.lede.article;

import dev.lede.common.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Finds authors by name, creating the ones that do not exist yet. */
@ApplicationScoped
public class Authors {
    private final EntityManager em;

    public Authors(EntityManager em) {
        this.em = em;
    }

    public List<Author> named(List<String> names) {
        return names.stream().map(String::trim).filter(n -> !n.isEmpty()).distinct().map(this::named).toList();
    }

    private Author named(String name) {
        String slug = Slugs.of(name);
        return em.createQuery("from Author where slug = ?1", Author.class).setParameter(1, slug)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Author a = Author.of(slug, name);
                    em.persist(a);
                    return a;
                });
    }
}
