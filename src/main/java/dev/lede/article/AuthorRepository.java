package dev.lede.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class AuthorRepository implements PanacheRepository<Author> {
    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
