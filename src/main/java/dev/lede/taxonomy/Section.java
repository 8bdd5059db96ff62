package dev.lede.taxonomy;

import dev.lede.common.Named;
import jakarta.persistence.Entity;

@Entity
public class Section extends Named {
    public static Section of(String slug, String name) {
        return new Section().named(slug, name);
    }
}
