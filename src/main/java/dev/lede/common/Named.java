package dev.lede.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row known to clients by a unique slug and a display name: sections, tags, authors. */
@MappedSuperclass
public abstract class Named {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    public String name;

    protected <T extends Named> T named(String slug, String name) {
        this.slug = slug;
        this.name = name;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }
}
