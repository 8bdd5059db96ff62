package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.List;

/** One non-empty line of a normalized page, with how much text it holds and what its shape says it is. */
record Line(String text, int weight, LineKind kind) {

    private static final int MIN_PROSE_WORDS = 8;
    private static final int MIN_UNPUNCTUATED_PROSE_WORDS = 16;
    private static final int MIN_BARE_PROSE_WORDS = 24;
    private static final int MIN_CUT_PROSE_WORDS = 25;
    private static final int MIN_SENTENCE_WORDS = 2;
    private static final int MIN_SHORT_PARAGRAPH_WORDS = 4;

    static List<Line> all(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n");
        for (int i = 0; i < raw.length; i++) {
            if (isDropCap(raw, i)) {
                raw[i + 1] = raw[i] + raw[i + 1];
            } else if (!raw[i].isEmpty()) {
                lines.add(of(raw[i]));
            }
        }
        return lines;
    }

    /** The lines with each short sentence of a few words taken as a paragraph, for a text that has no longer one. */
    static List<Line> withSentencesAsProse(List<Line> lines) {
        return lines.stream().map(line -> line.is(LineKind.SENTENCE) && line.weight() >= MIN_SHORT_PARAGRAPH_WORDS
                ? new Line(line.text(), line.weight(), LineKind.PROSE) : line).toList();
    }

    /** A paragraph's first letter set apart as a drop cap lands on a line of its own: "A" then "dam Schiff's...". */
    private static boolean isDropCap(String[] raw, int i) {
        return raw[i].length() == 1 && Character.isUpperCase(raw[i].charAt(0)) && i + 1 < raw.length
                && !raw[i + 1].isEmpty() && Character.isLowerCase(raw[i + 1].charAt(0));
    }

    static Line of(String text) {
        int weight = Lines.weight(text);
        return new Line(text, weight, kind(text, weight));
    }

    /**
     * A paragraph that lost its final stop: long, with clauses inside, or very long and mostly in lower case in a
     * script
     * written with spaces (a run of menu entries is capitalised; in scripts without spaces a title is as long as a
     * sentence).
     */
    private static boolean isUnpunctuatedProse(String text, int weight) {
        if (weight < MIN_UNPUNCTUATED_PROSE_WORDS) {
            return false;
        }
        boolean bare = weight == Lines.words(text) && Lines.isMostlyLowerCase(text) || Lines.endsWithoutStops(text);
        return Lines.hasInnerPunctuation(text) || weight >= MIN_BARE_PROSE_WORDS && bare;
    }

    boolean is(LineKind other) {
        return kind == other;
    }

    /** Words of the page's own: prose, a short sentence or a title, not a line about the article or furniture. */
    boolean isText() {
        return kind == LineKind.PROSE || kind == LineKind.SENTENCE || kind == LineKind.TEXT;
    }

    private static LineKind kind(String text, int weight) {
        if (LineSorter.isBoxLabel(text)) {
            return LineKind.BOX;
        }
        if (!MetaLines.parts(text).isEmpty()) {
            return LineKind.META;
        }
        if (PhotoCredits.figure(text) != null) {
            return LineKind.PHOTO;
        }
        if (Furniture.is(text)) {
            return LineKind.FURNITURE;
        }
        if (Noise.is(text)) {
            return LineKind.NOISE;
        }
        return Bylines.place(text) != null || DateLines.mentionsDate(text) ? LineKind.META : shape(text, weight);
    }

    /**
     * Prose by length and ending, or a long line of clauses whose last stop is missing; a teaser cut short with "…" is
     * not prose (a long paragraph cut short is), a lead-in ending with ":" is.
     */
    private static LineKind shape(String text, int weight) {
        if (Lines.endsWithEllipsis(text) && weight < MIN_CUT_PROSE_WORDS || Lines.isTeaserReel(text)
                || Lines.isBarList(text)) {
            return LineKind.TEXT;
        }
        boolean stop = Lines.endsWithStop(text) || text.endsWith(":") || Lines.endsWithEllipsis(text);
        if (stop && weight >= MIN_PROSE_WORDS || isUnpunctuatedProse(text, weight)) {
            return LineKind.PROSE;
        }
        return stop && weight >= MIN_SENTENCE_WORDS ? LineKind.SENTENCE : LineKind.TEXT;
    }
}
