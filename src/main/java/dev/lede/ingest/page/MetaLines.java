package dev.lede.ingest.page;

import java.util.List;
import java.util.regex.Pattern;

/** Lines about the article rather than of it: bylines, date lines and lone datelines, alone or joined by "|". */
final class MetaLines {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");

    private MetaLines() {
    }

    /**
     * The parts of a byline, date line or lone dateline, or of a line of them joined by "|" or "·" (possibly with
     * furniture such as "5 min read"); empty when the line is something else.
     */
    static List<String> parts(String line) {
        if (isMeta(line)) {
            return List.of(line);
        }
        boolean joined = line.indexOf('|') >= 0 || line.indexOf('·') >= 0 || line.indexOf('•') >= 0;
        if (!joined) {
            return List.of();
        }
        List<String> parts = List.of(SEPARATOR.split(line));
        return parts.size() >= 2 && allMetaOrFurniture(parts) ? parts : List.of();
    }

    static boolean isMeta(String line) {
        return Bylines.byline(line) != null || DateLines.read(line) != null || Bylines.isDatelineOnly(line);
    }

    private static boolean allMetaOrFurniture(List<String> parts) {
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
}
