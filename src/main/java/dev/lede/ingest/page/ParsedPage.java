package dev.lede.ingest.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

public record ParsedPage(String section, String headline, String standfirst, String whyWeWroteThis,
                         String byline, String dateline, LocalDate publishedOn,
                         List<ParsedBlock> blocks, List<String> warnings) {

    public ParsedPage {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static ParsedPage failed(String warning) {
        return new ParsedPage(null, null, null, null, null, null, null, List.of(), List.of(warning));
    }

    /** What keeps this page from being an article: "headline", "paragraph"; empty when it is one. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (headline == null || headline.isBlank()) {
            missing.add("headline");
        }
        if (paragraphs().isEmpty()) {
            missing.add("paragraph");
        }
        return List.copyOf(missing);
    }

    public List<String> paragraphs() {
        return blocks.stream().filter(b -> b.type() == BlockType.PARAGRAPH).map(ParsedBlock::text).toList();
    }
}
