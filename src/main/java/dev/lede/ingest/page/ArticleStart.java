package dev.lede.ingest.page;

import java.util.List;

/** Where an article's text starts as articles do: under a headline and a byline or date line, maybe with a photo. */
final class ArticleStart {

    private static final int MAX_LINES_UP = 4;
    private static final int MAX_LABEL_WORDS = 3;
    private static final int MAX_LINES_TO_NEXT_PARAGRAPH = 3;

    private ArticleStart() {
    }

    /**
     * Whether the prose line i opens under a byline or date line that has a headline-like line above it, and more
     * prose follows (a teaser in a list of stories has one paragraph, the article several).
     */
    static boolean isAt(List<Line> lines, int i) {
        if (!hasMoreProse(lines, i)) {
            return false;
        }
        int meta = above(lines, i, LineKind.META);
        if (meta < 0) {
            return false;
        }
        int first = meta;
        while (first > 0 && lines.get(first - 1).is(LineKind.META)) {
            first--;
        }
        int title = first - 1;
        while (title >= 0 && title >= first - MAX_LINES_UP && !lines.get(title).isText()) {
            title--;
        }
        return title >= 0 && title >= first - MAX_LINES_UP && Headlines.isShaped(lines.get(title));
    }

    private static boolean hasMoreProse(List<Line> lines, int i) {
        for (int k = i + 1; k < Math.min(lines.size(), i + 1 + MAX_LINES_TO_NEXT_PARAGRAPH); k++) {
            if (lines.get(k).is(LineKind.PROSE)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest line of this kind within a few lines above i, past photos, furniture and short sentences. */
    private static int above(List<Line> lines, int i, LineKind kind) {
        for (int k = i - 1; k >= Math.max(0, i - MAX_LINES_UP); k--) {
            LineKind found = lines.get(k).kind();
            if (found == kind) {
                return k;
            }
            if (!isBetween(lines.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** What may sit between a byline and the text: photos, share bars, a caption, a label such as "Shares". */
    private static boolean isBetween(Line line) {
        return line.is(LineKind.PHOTO) || line.is(LineKind.FURNITURE) || line.is(LineKind.SENTENCE)
                || line.is(LineKind.TEXT) && line.weight() <= MAX_LABEL_WORDS;
    }
}
