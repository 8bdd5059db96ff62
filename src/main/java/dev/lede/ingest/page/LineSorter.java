package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the lines from the end of the head to the end of the main run of prose: bylines, dates and datelines, the
 * "Why We Wrote This" box, photo captions and credits, furniture, link lists and noise go; the story text stays.
 */
final class LineSorter {

    /** The story's lines, what the lines about it said, its figures, and what was dropped. */
    record Body(List<String> lines, MetaCollector.Meta meta, List<Figure> figures, List<String> warnings) {
    }

    // the label alone, or followed by its text after a colon or dash
    private static final Pattern WHY_WE_WROTE_THIS = Pattern.compile("why we wrote this(?:\\s*[:.–—-]\\s*(.*))?",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CAPTION_WORDS = 60;
    private static final int MIN_LISTED_TITLES = 3;

    private final List<Line> lines;
    private final List<String> warnings = new ArrayList<>();
    private final MetaCollector meta = new MetaCollector(warnings);
    private final Figures figures = new Figures(warnings);
    private final List<String> story = new ArrayList<>();
    private final List<String> noise = new ArrayList<>();
    private final int end;
    private int firstProse;
    // a list of linked headlines ("Related stories") is furniture only below the start of the body, not in the head
    private boolean bodyStarted;
    private boolean inLinkList;
    // the lines of a list a paragraph introduces ("The tour dates:") are the story's, titles or not
    private boolean introducedList;

    private LineSorter(List<Line> lines, int end) {
        this.lines = lines;
        this.end = end;
    }

    /** Sorts lines [from, to). */
    static Body sort(List<Line> lines, int from, int to) {
        return new LineSorter(lines, to).sortAll(from);
    }

    static boolean isBoxLabel(String line) {
        return WHY_WE_WROTE_THIS.matcher(line).matches();
    }

    private Body sortAll(int from) {
        firstProse = firstProse(from);
        for (int i = from; i < end; i++) {
            i = sortLine(i);
        }
        NoiseLines.drop(noise, story, warnings);
        return new Body(story, meta.meta(), figures.figures(), warnings);
    }

    /** Sorts line i and returns the index of the last line it used. */
    private int sortLine(int i) {
        Line line = lines.get(i);
        switch (line.kind()) {
            case BOX -> {
                return readBox(i);
            }
            case META -> meta.take(line.text());
            case PHOTO -> figures.add(PhotoCredits.figure(line.text()), i);
            case FURNITURE -> {
                warnings.add(Warnings.furniture(line.text()));
                inLinkList |= bodyStarted && Furniture.startsLinkList(line.text());
            }
            case NOISE -> noise.add(line.text());
            default -> {
                return sortText(i);
            }
        }
        return i;
    }

    private int sortText(int i) {
        String text = lines.get(i).text();
        if (i + 1 < end && Headlines.isCaption(lines, i) && lines.get(i).weight() <= MAX_CAPTION_WORDS) {
            figures.caption(text, i);
        } else if (i < firstProse) {
            warnings.add(Warnings.dropped("1 line of the page head", text));
        } else if (inLinkList && Lines.isHeadline(text)) {
            warnings.add(Warnings.dropped("1 line of page furniture (linked headline)", text));
        } else if (introducedList && ProseRun.isListItem(lines.get(i))) {
            story.add(text);
        } else {
            int titles = listedTitles(i);
            if (titles >= MIN_LISTED_TITLES) {
                warnings.add(Warnings.dropped("a list of " + titles + " linked headlines", text));
                return i + titles - 1;
            }
            story.add(text);
            inLinkList = false;
            bodyStarted |= !Lines.isHeadline(text);
            introducedList = ProseRun.introducesList(lines.get(i));
        }
        return i;
    }

    /** The first paragraph of the body: what comes before it is left over from the head (roles, share counts). */
    private int firstProse(int from) {
        for (int i = from; i < end; i++) {
            if (lines.get(i).is(LineKind.PROSE) && !Headlines.isCaption(lines, i)) {
                return i;
            }
        }
        return end;
    }

    /**
     * How many linked titles in a row start at line i: a list of them is not the story, however it is placed, unless
     * a paragraph of the story introduces it ("The tour dates:").
     */
    private int listedTitles(int i) {
        if (i > 0 && ProseRun.introducesList(lines.get(i - 1))) {
            return 0;
        }
        int count = 0;
        while (i + count < end && lines.get(i + count).is(LineKind.TEXT)
                && Lines.isHeadline(lines.get(i + count).text())) {
            count++;
        }
        return count;
    }

    /** Keeps the box text (on the label's line or the next one) and returns the index of the last line it used. */
    private int readBox(int label) {
        Matcher box = WHY_WE_WROTE_THIS.matcher(lines.get(label).text());
        String inline = box.matches() && box.group(1) != null ? box.group(1) : "";
        if (!inline.isEmpty()) {
            meta.whyWeWroteThis(inline);
            return label;
        }
        int next = label + 1;
        if (next == end || lines.get(next).is(LineKind.FURNITURE) || lines.get(next).is(LineKind.NOISE)) {
            return label;
        }
        meta.whyWeWroteThis(lines.get(next).text());
        return next;
    }
}
