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
        List<Line> lines = Line.all(normalized.text());
        ProseRun run = ProseRun.find(lines);
        if (run.isEmpty()) {
            // a text of short sentences only still has prose
            lines = Line.withSentencesAsProse(lines);
            run = ProseRun.find(lines);
        }
        PageHead.Head head = PageHead.read(lines, run);
        LineSorter.Body body = LineSorter.sort(lines, head.bodyStart(), run.end());
        List<String> warnings = new ArrayList<>(normalized.warnings());
        if (run.isEmpty() && !lines.isEmpty()) {
            warnings.add(noProse(lines.size()));
        }
        warnings.addAll(OutsideLines.warnings(lines, 0, head.start(), "before"));
        warnings.addAll(head.warnings());
        warnings.addAll(body.warnings());
        warnings.addAll(OutsideLines.warnings(lines, Math.max(run.end(), head.bodyStart()), lines.size(), "after"));
        List<ParsedBlock> blocks = merger.merge(pieces(body, head, warnings), warnings);
        return page(head, body, blocks, warnings);
    }

    private static String noProse(int lines) {
        String which = lines == 1 ? "its only line is" : "all its " + lines + " lines are";
        return "Found no paragraph of prose in the text: " + which + " a headline, menu, link, label or page furniture";
    }

    private static List<Piece> pieces(LineSorter.Body body, PageHead.Head head, List<String> warnings) {
        String box = body.meta().whyWeWroteThis();
        Words boxWords = box == null ? null : Words.of(box);
        List<Piece> pieces = new ArrayList<>();
        for (String line : body.lines()) {
            Piece piece = Piece.of(Lines.isHeading(line) ? ParsedBlock.heading(line) : ParsedBlock.paragraph(line));
            if (head.texts().contains(line)) {
                warnings.add(Warnings.dropped("a repeated line of the page head", line));
            } else if (boxWords != null && piece.words().nearDuplicate(boxWords)) {
                warnings.add(Warnings.dropped("a repeated 'Why We Wrote This' text", line));
            } else {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    private static ParsedPage page(PageHead.Head head, LineSorter.Body body, List<ParsedBlock> blocks,
                                   List<String> warnings) {
        MetaCollector.Meta meta = body.meta();
        String dateline = meta.dateline() != null ? meta.dateline() : blocks.stream()
                .filter(b -> b.type() == BlockType.PARAGRAPH).findFirst()
                .map(first -> Bylines.dateline(first.text())).orElse(null);
        return new ParsedPage(head.section(), head.headline(), head.standfirst(), meta.whyWeWroteThis(), meta.byline(),
                dateline, meta.publishedOn(), blocks, warnings, PageMeta.NONE, body.figures());
    }
}
