package dev.lede.article;

import dev.lede.common.Named;
import jakarta.persistence.Entity;

@Entity
public class Author extends Named {
    public static Author of(String slug, String name) {
        return new Author().named(slug, name);
    }
}
