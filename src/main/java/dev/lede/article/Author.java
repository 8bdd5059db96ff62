package dev.lede.article;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    public String name;

    public static Author of(String slug, String name) {
        Author a = new Author();
        a.slug = slug;
        a.name = name;
        return a;
    }
}
