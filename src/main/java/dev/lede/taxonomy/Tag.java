package dev.lede.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Tag {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    public String name;

    public static Tag of(String slug, String name) {
        Tag t = new Tag();
        t.slug = slug;
        t.name = name;
        return t;
    }
}
