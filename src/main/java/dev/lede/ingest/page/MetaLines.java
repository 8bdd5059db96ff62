package dev.lede.ingest.page;

import java.util.regex.Pattern;

/** Lines about the article rather than of it: bylines, date lines and lone datelines, alone or joined by "|". */
final class MetaLines {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");

    private MetaLines() {
    }

    /**
     * Takes a byline, date line or lone dateline into the draft, or a line of them joined by "|" or "·" (possibly
     * with furniture such as "5 min read"); false when the line is something else.
     */
    static boolean read(String line, PageDraft draft) {
        if (isMeta(line)) {
            take(line, draft);
            return true;
        }
        boolean joined = line.indexOf('|') >= 0 || line.indexOf('·') >= 0 || line.indexOf('•') >= 0;
        String[] parts = joined ? SEPARATOR.split(line) : new String[] {line};
        if (parts.length < 2 || !allMetaOrFurniture(parts)) {
            return false;
        }
        for (String part : parts) {
            if (isMeta(part)) {
                take(part, draft);
            } else {
                draft.dropFurniture(part);
            }
        }
        return true;
    }

    private static boolean allMetaOrFurniture(String[] parts) {
        boolean anyMeta = false;
        for (String part : parts) {
            boolean meta = isMeta(part);
            if (!meta && !Furniture.is(part)) {
                return false;
            }
            anyMeta |= meta;
        }
        return anyMeta;
    }

    private static boolean isMeta(String line) {
        return Bylines.byline(line) != null || DateLines.read(line) != null || Bylines.isDatelineOnly(line);
    }

    private static void take(String line, PageDraft draft) {
        String names = Bylines.byline(line);
        DateLines.DateLine date = DateLines.read(line);
        if (names != null) {
            draft.byline(names, line);
        } else if (date != null) {
            draft.date(date, line);
        } else if (draft.dateline == null) {
            draft.dateline = Bylines.dateline(line);
        }
    }
}
