package dev.lede.ingest.page;

import java.util.List;

/**
 * Finds the headline above the main run of prose: the nearest heading-like line, walking up past bylines, dates,
 * captions, credits, labels and furniture. A headline may end with a full stop or be several short sentences.
 */
final class Headlines {

    // how far above the prose a headline may sit: share bars, captions and bylines can fill a dozen lines
    private static final int WINDOW = 20;
    private static final int MAX_WORDS = 30;
    private static final int MAX_WORDS_WITH_STOP = 25;
    private static final int MIN_DECK_WORDS = 12;
    private static final int MAX_LEADING_LABELS = 4;

    private Headlines() {
    }

    /** The index of the headline line, or -1 when no line above the prose looks like one. */
    static int find(List<Line> lines, int proseStart) {
        int nearest = nearest(lines, proseStart);
        if (opensWithHeadline(lines, proseStart) && nearest != proseStart - 1) {
            return proseStart;
        }
        if (nearest >= 0) {
            return hasHeadlineAbove(lines, nearest) || isBylineUnder(lines, nearest) ? nearest - 1 : nearest;
        }
        return lastOfShortLabelRun(lines, proseStart);
    }

    /** The prose starts with its own headline: a short line with a byline or date under it. */
    private static boolean opensWithHeadline(List<Line> lines, int first) {
        return first + 1 < lines.size() && isShaped(lines.get(first)) && lines.get(first + 1).is(LineKind.META);
    }

    /** A title of a few words, or a few short sentences; not a clause, not a teaser cut short. */
    static boolean isShaped(Line line) {
        String text = line.text();
        char last = text.charAt(text.length() - 1);
        if (line.weight() < 2 || line.weight() > MAX_WORDS || !Lines.startsLikeTitle(text) || ",;:".indexOf(last) >= 0
                || Lines.endsWithEllipsis(text)) {
            return false;
        }
        return !Lines.endsWithStop(text) || line.weight() <= MAX_WORDS_WITH_STOP;
    }

    private static int nearest(List<Line> lines, int from) {
        int belowMeta = -1;
        for (int i = from - 1; i >= Math.max(0, from - WINDOW); i--) {
            Line line = lines.get(i);
            if (line.is(LineKind.PROSE) && !isShaped(line)) {
                break;
            }
            if (!isCandidate(lines, i)) {
                continue;
            }
            // a sentence right under a byline or date is a caption or standfirst; the headline is further up
            if (!Lines.endsWithStop(line.text()) || i == 0 || !lines.get(i - 1).is(LineKind.META)) {
                return i;
            }
            belowMeta = belowMeta < 0 ? i : belowMeta;
        }
        return belowMeta;
    }

    private static boolean isCandidate(List<Line> lines, int i) {
        Line line = lines.get(i);
        return line.isText() && isShaped(line) && !Lines.isLabel(line.text()) && !isCaption(lines, i)
                && !Bylines.hasHandle(line.text());
    }

    /**
     * A line with a photo credit right under it is the photo's caption; so is a line between a credit and a byline or
     * date line.
     */
    static boolean isCaption(List<Line> lines, int i) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(i + 1);
        return isCredit(next) || i > 0 && isCredit(lines.get(i - 1)) && next.is(LineKind.META);
    }

    private static boolean isCredit(Line line) {
        return line.is(LineKind.PHOTO) && PhotoCredits.isCreditOnly(line.text());
    }

    /**
     * A long line under a lone shorter title is the deck or standfirst under the headline; under a list of titles it
     * is the headline itself, as the last linked title of a list is not.
     */
    private static boolean hasHeadlineAbove(List<Line> lines, int i) {
        if (i == 0 || lines.get(i).weight() < MIN_DECK_WORDS) {
            return false;
        }
        Line above = lines.get(i - 1);
        return isTitle(above) && above.weight() < lines.get(i).weight() && (i == 1 || !isTitle(lines.get(i - 2)));
    }

    /** "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader": names without "By", under the headline. */
    private static boolean isBylineUnder(List<Line> lines, int i) {
        return i > 0 && Bylines.isNamesOnly(lines.get(i).text()) && isCandidate(lines, i - 1)
                && !Bylines.isNamesOnly(lines.get(i - 1).text());
    }

    private static boolean isTitle(Line line) {
        return line.is(LineKind.TEXT) && isShaped(line) && !Lines.isLabel(line.text());
    }

    /** "News / Floods return / ...": failing all else, a short headline is the last of a few labels. */
    private static int lastOfShortLabelRun(List<Line> lines, int from) {
        int last = from - 1;
        while (last >= 0 && lines.get(last).is(LineKind.META)) {
            last--;
        }
        int first = last;
        while (first >= 0 && lines.get(first).is(LineKind.TEXT) && Lines.isLabel(lines.get(first).text())) {
            first--;
        }
        int labels = last - first;
        boolean alone = first < 0 || !lines.get(first).is(LineKind.TEXT);
        return labels >= 2 && labels <= MAX_LEADING_LABELS + 1 && alone ? last : -1;
    }
}
