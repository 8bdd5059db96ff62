package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the raw text of a scraped article page into an article: head fields, body blocks without page furniture,
 * and one story where the page held overlapping copies of it. Thread-safe and reusable.
 */
public final class PageParser {

    private final CopyMerger merger = new CopyMerger();

    public ParsedPage parse(String rawText) {
        try {
            return read(rawText);
        } catch (RuntimeException e) {
            // an import must get an answer for any text, so a page the parser trips on is reported, not thrown
            return ParsedPage.failed("Could not parse the page (" + e.getClass().getSimpleName() + ")");
        }
    }

    private ParsedPage read(String rawText) {
        NormalizedText normalized = TextNormalizer.normalize(rawText);
        PageDraft draft = new PageDraft(normalized.warnings());
        PageLines page = LineSorter.sort(normalized.text().split("\n"), draft);
        int body = PageHead.read(page, draft);
        List<Piece> pieces = pieces(page.lines().subList(body, page.lines().size()), draft);
        return draft.toPage(merger.merge(pieces, draft.warnings));
    }

    private static List<Piece> pieces(List<String> lines, PageDraft draft) {
        Words box = draft.whyWeWroteThis == null ? null : Words.of(draft.whyWeWroteThis);
        List<Piece> pieces = new ArrayList<>();
        for (String line : lines) {
            Piece piece = Piece.of(Lines.isHeading(line) ? ParsedBlock.heading(line) : ParsedBlock.paragraph(line));
            if (draft.headLines.contains(line)) {
                draft.drop("a repeated line of the page head", line);
            } else if (box != null && piece.words().nearDuplicate(box)) {
                draft.drop("a repeated 'Why We Wrote This' text", line);
            } else {
                pieces.add(piece);
            }
        }
        return pieces;
    }
}
