package dev.lede.ingest.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A page read as an article: its head fields, body blocks in reading order, what the page declares about it
 * ({@link PageMeta}), its images, and a warning for everything dropped, repaired or guessed.
 */
public record ParsedPage(String section, String headline, String standfirst, String whyWeWroteThis,
                         String byline, String dateline, LocalDate publishedOn,
                         List<ParsedBlock> blocks, List<String> warnings, PageMeta meta, List<Figure> figures) {

    public ParsedPage {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        meta = meta == null ? PageMeta.NONE : meta;
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** A page read from text, which declares nothing beyond its lines and holds no images. */
    public ParsedPage(String section, String headline, String standfirst, String whyWeWroteThis, String byline,
                      String dateline, LocalDate publishedOn, List<ParsedBlock> blocks, List<String> warnings) {
        this(section, headline, standfirst, whyWeWroteThis, byline, dateline, publishedOn, blocks, warnings,
                PageMeta.NONE, List.of());
    }

    static ParsedPage failed(String warning) {
        return new ParsedPage(null, null, null, null, null, null, null, List.of(), List.of(warning));
    }

    ParsedPage withMeta(PageMeta meta) {
        return new ParsedPage(section, headline, standfirst, whyWeWroteThis, byline, dateline, publishedOn, blocks,
                warnings, meta, figures);
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
