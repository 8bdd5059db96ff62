package dev.lede.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Section {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    public String name;

    public static Section of(String slug, String name) {
        Section s = new Section();
        s.slug = slug;
        s.name = name;
        return s;
    }
}
