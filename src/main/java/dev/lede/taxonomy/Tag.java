package dev.lede.taxonomy;

import dev.lede.common.Named;
import jakarta.persistence.Entity;

@Entity
public class Tag extends Named {
    public static Tag of(String slug, String name) {
        return new Tag().named(slug, name);
    }
}
