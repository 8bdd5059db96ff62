package dev.lede.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Schema(name = "SearchFacets",
        description = "How many hits of the whole result set (not only this page) fall in each type, section and "
        + "speaker")
public record SearchFacets(
        @Schema(description = "False when a type had more matches than are ranked (500 by default, the newest for "
                + "articles): the counts then cover those", example = "true")
        boolean exact,
        @Schema(description = "Hits by type: `article` and `quote`", example = "{\"article\": 12, \"quote\": 30}")
                Map<String, Long> type,
        @Schema(description = "Hits (articles, and quotes by their article) by section, most first")
                List<Count> section,
        @Schema(description = "Quote hits by speaker, most first") List<Count> speaker) {

    @Schema(name = "SearchFacetCount")
    public record Count(@Schema(example = "news") String slug, @Schema(example = "News") String name,
            @Schema(example = "12") long count) {
    }

    /** Adds up grouped counts into facets. */
    static final class Counter {
        private final Map<String, Long> types = new LinkedHashMap<>(Map.of("article", 0L, "quote", 0L));
        private final Map<String, Count> sections = new LinkedHashMap<>();
        private final Map<String, Count> speakers = new LinkedHashMap<>();
        private final int limit;

        Counter(int limit) {
            this.limit = limit;
        }

        void add(String type, String section, String sectionName, String speaker, String speakerName, long count) {
            types.merge(type, count, Long::sum);
            sections.merge(section, new Count(section, sectionName, count), Counter::sum);
            if (speaker != null) {
                speakers.merge(speaker, new Count(speaker, speakerName, count), Counter::sum);
            }
        }

        SearchFacets facets() {
            Map<String, Long> type = new LinkedHashMap<>();
            type.put("article", types.get("article"));
            type.put("quote", types.get("quote"));
            boolean exact = type.values().stream().allMatch(n -> n < limit);
            return new SearchFacets(exact, type, sorted(sections), sorted(speakers));
        }

        private static Count sum(Count a, Count b) {
            return new Count(a.slug(), a.name(), a.count() + b.count());
        }

        private static List<Count> sorted(Map<String, Count> counts) {
            return counts.values().stream()
                    .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::slug)).toList();
        }
    }
}
