package dev.lede.taxonomy;

import dev.lede.common.Slugs;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Finds sections and tags by name, creating the ones that do not exist yet. */
@ApplicationScoped
public class Taxonomy {
    private final TermRepository terms;

    public Taxonomy(TermRepository terms) {
        this.terms = terms;
    }

    public Section section(String name) {
        String slug = Slugs.of(name);
        return terms.find(Section.class, slug).orElseGet(() -> terms.add(Section.of(slug, name.trim())));
    }

    public List<Tag> tags(List<String> names) {
        return names.stream().map(Slugs::of).distinct().map(slug -> tag(slug, names)).toList();
    }

    private Tag tag(String slug, List<String> names) {
        return terms.find(Tag.class, slug).orElseGet(() -> terms.add(Tag.of(slug, nameOf(slug, names))));
    }

    private static String nameOf(String slug, List<String> names) {
        return names.stream().filter(n -> Slugs.of(n).equals(slug)).findFirst().orElseThrow().trim();
    }
}
