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
            sum += score(line, gap) + (line.is(LineKind.PROSE) && ArticleStart.isAt(lines, i) ? HEAD_BONUS : 0);
            gap = line.is(LineKind.PROSE) ? 0 : gap + (costsMore(line) ? 1 : 0);
            if (sum > best && line.is(LineKind.PROSE)) {
                best = sum;
                run = new ProseRun(start, i + 1);
            }
        }
        return run;
    }

    boolean isEmpty() {
        return start == end;
    }

    boolean contains(int index) {
        return index >= start && index < end;
    }

    private static int score(Line line, int gap) {
        return switch (line.kind()) {
            case PROSE -> line.weight();
            case SENTENCE -> 1;
            case META, PHOTO, BOX -> -1;
            case TEXT -> -1 - gap / 2;
            case FURNITURE, NOISE -> -2 - gap / 2;
        };
    }

    /** Lines that make a stretch without prose longer: everything but short sentences and lines about the article. */
    private static boolean costsMore(Line line) {
        return line.is(LineKind.TEXT) || line.is(LineKind.FURNITURE) || line.is(LineKind.NOISE);
    }
}
