package dev.lede.ingest.page;

import java.util.List;

/**
 * The main run of prose on a page: the stretch of lines [start, end) whose prose most outweighs the menus, link lists
 * and furniture inside it. Prose counts for its words; a line that is not prose costs more the longer the stretch
 * of such lines it belongs to, so a subhead or a caption between paragraphs costs little and a menu a lot. Prose
 * that opens under a headline and a byline or date counts for more. Readers' comments below the article are left out.
 */
record ProseRun(int start, int end) {

    // the prose under a headline and a byline or date is the article's, even where a footer holds more words
    private static final int HEAD_BONUS = 40;
    private static final int MIN_LONE_PARAGRAPH_WORDS = 40;
    private static final int NEAR = 2;
    // the prose above an article start inside the run may be at most a quarter of it to be cut off
    private static final int MAX_SHARE_ABOVE_START = 4;

    static ProseRun find(List<Line> lines) {
        int limit = Comments.start(lines);
        int best = 0;
        ProseRun run = new ProseRun(0, 0);
        int sum = 0;
        int start = 0;
        int gap = 0;
        for (int i = 0; i < limit; i++) {
            Line line = lines.get(i);
            if (sum <= 0) {
                sum = 0;
                start = -1;
            }
            start = start < 0 && line.is(LineKind.PROSE) ? i : start;
            sum += score(lines, i, gap);
            gap = line.is(LineKind.PROSE) ? 0 : gap + (costsMore(line) ? 1 : 0);
            if (sum > best && line.is(LineKind.PROSE)) {
                best = sum;
                run = new ProseRun(start, i + 1);
            }
        }
        return run.fromArticleStart(lines).withListAfter(lines);
    }

    /** A list the last paragraph introduces ("The tour dates:") belongs to the article, up to the next label. */
    private ProseRun withListAfter(List<Line> lines) {
        if (isEmpty() || !introducesList(lines.get(end - 1))) {
            return this;
        }
        int last = end;
        while (last < lines.size() && isListItem(lines.get(last))) {
            last++;
        }
        return new ProseRun(start, last);
    }

    /** A paragraph that ends by announcing a list: "The band's 2020 tour dates:". */
    static boolean introducesList(Line line) {
        return line.is(LineKind.PROSE) && line.text().endsWith(":");
    }

    static boolean isListItem(Line line) {
        return line.isText() && !Lines.isLabel(line.text());
    }

    /**
     * The run without a little prose it took in above the article's own start (a notice above the headline, say);
     * a start with much of the run's prose above it is a teaser's or a quoted post's, not the article's.
     */
    private ProseRun fromArticleStart(List<Line> lines) {
        int total = proseWeight(lines, start, end);
        for (int i = start; i < end; i++) {
            if (lines.get(i).is(LineKind.PROSE) && ArticleStart.isAt(lines, i)) {
                return proseWeight(lines, start, i) * MAX_SHARE_ABOVE_START < total ? new ProseRun(i, end) : this;
            }
        }
        return this;
    }

    private static int proseWeight(List<Line> lines, int from, int to) {
        int weight = 0;
        for (int i = from; i < to; i++) {
            weight += lines.get(i).is(LineKind.PROSE) ? lines.get(i).weight() : 0;
        }
        return weight;
    }

    boolean isEmpty() {
        return start == end;
    }

    boolean contains(int index) {
        return index >= start && index < end;
    }

    private static int score(List<Line> lines, int i, int gap) {
        Line line = lines.get(i);
        return switch (line.kind()) {
            case PROSE -> proseScore(lines, i);
            case SENTENCE -> 1;
            case META, PHOTO, BOX -> -1;
            case TEXT -> -1 - gap;
            case FURNITURE, NOISE -> -2 - gap / 2;
        };
    }

    /**
     * Prose counts for its words, half as much for a short paragraph with no other prose near it (a promotion or a
     * notice between menus), and more where it opens under a headline and byline.
     */
    private static int proseScore(List<Line> lines, int i) {
        int weight = lines.get(i).weight();
        if (ArticleStart.isAt(lines, i)) {
            return weight + HEAD_BONUS;
        }
        return weight < MIN_LONE_PARAGRAPH_WORDS && isAlone(lines, i) ? weight / 2 : weight;
    }

    private static boolean isAlone(List<Line> lines, int i) {
        for (int k = Math.max(0, i - NEAR); k <= Math.min(lines.size() - 1, i + NEAR); k++) {
            if (k != i && lines.get(k).is(LineKind.PROSE)) {
                return false;
            }
        }
        return true;
    }

    /** Lines that make a stretch without prose longer: everything but short sentences and lines about the article. */
    private static boolean costsMore(Line line) {
        return line.is(LineKind.TEXT) || line.is(LineKind.FURNITURE) || line.is(LineKind.NOISE);
    }
}
