package dev.lede.article;

import dev.lede.common.Slugs;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Finds authors by name, creating the ones that do not exist yet. */
@ApplicationScoped
public class Authors {
    private final AuthorRepository authors;

    public Authors(AuthorRepository authors) {
        this.authors = authors;
    }

    public List<Author> named(List<String> names) {
        return names.stream().map(String::trim).filter(n -> !n.isEmpty()).distinct().map(this::named).toList();
    }

    private Author named(String name) {
        String slug = Slugs.of(name);
        return authors.findBySlug(slug).orElseGet(() -> {
            Author a = Author.of(slug, name);
            authors.persist(a);
            return a;
        });
    }
}
