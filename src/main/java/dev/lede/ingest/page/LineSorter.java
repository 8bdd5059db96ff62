package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sorts the lines of a normalized page: furniture, noise, metadata and the "Why We Wrote This" box go; text stays. */
final class LineSorter {

    // the label alone, or followed by its text after a colon or dash
    private static final Pattern WHY_WE_WROTE_THIS = Pattern.compile("why we wrote this(?:\\s*[:.–—-]\\s*(.*))?",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_NOISE_LINES = 2;

    private final PageDraft draft;
    private final List<String> lines = new ArrayList<>();
    private final BitSet metaBefore = new BitSet();
    private final List<String> noise = new ArrayList<>();
    // a list of linked headlines ("Related stories") is furniture only below the start of the body, not in the head
    private boolean bodyStarted;
    private boolean inLinkList;

    private LineSorter(PageDraft draft) {
        this.draft = draft;
    }

    static PageLines sort(String[] raw, PageDraft draft) {
        return new LineSorter(draft).sortAll(raw);
    }

    private PageLines sortAll(String[] raw) {
        for (int i = 0; i < raw.length; i++) {
            Matcher box = WHY_WE_WROTE_THIS.matcher(raw[i]);
            if (box.matches()) {
                i = readBox(raw, i, box.group(1) == null ? "" : box.group(1));
            } else if (!raw[i].isEmpty()) {
                sortLine(raw[i]);
            }
        }
        dropNoise();
        return new PageLines(lines, metaBefore);
    }

    private void sortLine(String line) {
        if (MetaLines.read(line, draft)) {
            metaBefore.set(lines.size());
        } else if (Furniture.is(line)) {
            draft.dropFurniture(line);
            inLinkList |= bodyStarted && Furniture.startsLinkList(line);
        } else if (Noise.is(line)) {
            noise.add(line);
        } else if (inLinkList && Lines.isHeadline(line)) {
            draft.drop("1 line of page furniture (linked headline)", line);
        } else {
            lines.add(line);
            inLinkList = false;
            bodyStarted |= !Lines.isHeadline(line);
        }
    }

    /** Keeps the box text (on the label's line or the next one) and returns the index of the last line it used. */
    private int readBox(String[] raw, int label, String inline) {
        if (!inline.isEmpty()) {
            draft.whyWeWroteThis(inline);
            return label;
        }
        int next = label + 1;
        while (next < raw.length && raw[next].isEmpty()) {
            next++;
        }
        if (next == raw.length || Furniture.is(raw[next]) || Noise.is(raw[next])) {
            return label;
        }
        draft.whyWeWroteThis(raw[next]);
        return next;
    }

    private void dropNoise() {
        if (noise.size() >= MIN_NOISE_LINES && noise.size() >= lines.size()) {
            // short runs of random bytes can pass for words; a page that is mostly noise is binary data
            draft.warnings.add("Dropped the whole page as binary data: " + noise.size() + " of its "
                    + (noise.size() + lines.size()) + " lines are not text");
            lines.clear();
        } else {
            noise.forEach(draft::dropNoise);
        }
    }
}
