package dev.lede.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw text of a scraped article page into an article: head fields, body blocks without page furniture,
 * and one story where the page held overlapping copies of it. Thread-safe and reusable.
 */
public final class PageParser {

    private static final Pattern WHY_WE_WROTE_THIS = Pattern.compile("^why we wrote this\\s*[:.–—-]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");

    private final CopyMerger merger = new CopyMerger();

    public ParsedPage parse(String rawText) {
        try {
            return read(rawText);
        } catch (RuntimeException e) {
            // an import must get an answer for any text, so a page the parser trips on is reported, not thrown
            return ParsedPage.failed("Could not parse the page: " + e);
        }
    }

    private ParsedPage read(String rawText) {
        NormalizedText normalized = TextNormalizer.normalize(rawText);
        PageDraft draft = new PageDraft(normalized.warnings());
        PageLines page = sort(normalized.text().split("\n"), draft);
        int body = PageHead.read(page, draft);
        List<ParsedBlock> blocks = blocks(page.lines().subList(body, page.lines().size()), draft);
        return draft.toPage(merger.merge(blocks, draft.warnings));
    }

    /** Takes out furniture, noise, metadata and the "Why We Wrote This" box; keeps the text lines. */
    private static PageLines sort(String[] raw, PageDraft draft) {
        List<String> lines = new ArrayList<>();
        BitSet metaBefore = new BitSet();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            Matcher box = WHY_WE_WROTE_THIS.matcher(line);
            if (line.isEmpty()) {
                continue;
            } else if (box.matches()) {
                i = readBox(raw, i, box.group(1), draft);
            } else if (readMeta(line, draft)) {
                metaBefore.set(lines.size());
            } else if (Furniture.is(line)) {
                draft.dropFurniture(line);
            } else if (!Lines.looksLikeText(line)) {
                draft.dropNoise(line);
            } else {
                lines.add(line);
            }
        }
        return new PageLines(lines, metaBefore);
    }

    /** Keeps the box text (on the label's line or the next one) and returns the index of the last line it used. */
    private static int readBox(String[] raw, int label, String inline, PageDraft draft) {
        if (!inline.isEmpty()) {
            draft.whyWeWroteThis(inline);
            return label;
        }
        int next = label + 1;
        while (next < raw.length && raw[next].isEmpty()) {
            next++;
        }
        if (next == raw.length || Furniture.is(raw[next]) || !Lines.looksLikeText(raw[next])) {
            return label;
        }
        draft.whyWeWroteThis(raw[next]);
        return next;
    }

    /** A byline, date line or lone dateline, or a line of them joined by "|" or "·" (with furniture such as "5 min read"). */
    private static boolean readMeta(String line, PageDraft draft) {
        if (isMeta(line)) {
            takeMeta(line, draft);
            return true;
        }
        String[] parts = META_SEPARATOR.split(line);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!isMeta(part) && !Furniture.is(part)) {
                return false;
            }
        }
        for (String part : parts) {
            takeMeta(part, draft);
        }
        return true;
    }

    private static boolean isMeta(String line) {
        return Bylines.byline(line) != null || DateLines.read(line) != null || Bylines.isDatelineOnly(line);
    }

    private static void takeMeta(String line, PageDraft draft) {
        String names = Bylines.byline(line);
        DateLines.DateLine date = DateLines.read(line);
        if (names != null) {
            draft.byline(names, line);
        } else if (date != null) {
            draft.date(date, line);
        } else if (Bylines.isDatelineOnly(line) && draft.dateline == null) {
            draft.dateline = Bylines.dateline(line);
        }
    }

    private static List<ParsedBlock> blocks(List<String> lines, PageDraft draft) {
        Words box = draft.whyWeWroteThis == null ? null : Words.of(draft.whyWeWroteThis);
        List<ParsedBlock> blocks = new ArrayList<>();
        for (String line : lines) {
            if (draft.headLines.contains(line)) {
                draft.drop("a repeated line of the page head", line);
            } else if (box != null && Words.of(line).nearDuplicate(box)) {
                draft.drop("a repeated 'Why We Wrote This' text", line);
            } else {
                blocks.add(Lines.isHeading(line) ? ParsedBlock.heading(line) : ParsedBlock.paragraph(line));
            }
        }
        return blocks;
    }
}
