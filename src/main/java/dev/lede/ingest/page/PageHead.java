package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the head of a page above its main run of prose: section label, topic labels, headline, standfirst. */
final class PageHead {

    /**
     * The head fields, the lines [start, bodyStart) they were read from, the texts of those lines (a repeated copy of
     * the head is dropped from the body) and what was dropped or guessed.
     */
    record Head(String section, String headline, String standfirst, int start, int bodyStart, Set<String> texts,
                List<String> warnings) {
    }

    private static final int MAX_LEADING_LABELS = 4;
    private static final int MAX_STANDFIRST_WORDS = 60;
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+([^|–—-]+)$");

    private PageHead() {
    }

    static Head read(List<Line> lines, ProseRun run) {
        int headline = run.isEmpty() ? firstTitle(lines) : Headlines.find(lines, run.start());
        if (headline >= 0) {
            return read(lines, headline);
        }
        return run.isEmpty() ? new Head(null, null, null, 0, 0, Set.of(), List.of()) : GuessedHeadline.read(lines, run);
    }

    private static Head read(List<Line> lines, int headline) {
        List<String> warnings = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        int first = firstLabel(lines, headline);
        for (int i = first; i <= headline; i++) {
            texts.add(lines.get(i).text());
        }
        lines.subList(Math.min(first + 1, headline), headline).forEach(label -> warnings.add(
                "Dropped 1 line of page furniture (topic label): '" + label.text() + "'"));
        int next = headline + 1;
        String standfirst = isStandfirst(lines, next) ? lines.get(next++).text() : null;
        texts.add(standfirst);
        return new Head(first < headline ? lines.get(first).text() : null,
                withoutSiteName(lines.get(headline).text(), warnings), standfirst, first, next, texts, warnings);
    }

    /**
     * The first of the few labels right above the headline ("World", "Ukraine war"); the headline when there are none.
     * Labels under other lines of text are the end of a menu, not a section: only furniture may come before them.
     */
    private static int firstLabel(List<Line> lines, int headline) {
        int first = headline;
        while (first > 0 && headline - first < MAX_LEADING_LABELS && isLabel(lines.get(first - 1))) {
            first--;
        }
        for (Line above : lines.subList(0, first)) {
            if (above.isText()) {
                return headline;
            }
        }
        return first;
    }

    private static boolean isLabel(Line line) {
        return line.is(LineKind.TEXT) && Lines.isLabel(line.text());
    }

    /** Without prose, the head is only read to say what is missing: the first title after any labels. */
    private static int firstTitle(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isText() && Headlines.isShaped(line)
                    && !Lines.isLabel(line.text())) {
                return i;
            }
        }
        return -1;
    }

    /** Only a sentence or two set off from the body by a byline or date line, and not repeated in the body. */
    private static boolean isStandfirst(List<Line> lines, int index) {
        if (index + 1 >= lines.size() || !lines.get(index + 1).is(LineKind.META)) {
            return false;
        }
        Line line = lines.get(index);
        if (!line.isText() || line.weight() > MAX_STANDFIRST_WORDS) {
            return false;
        }
        Words words = Words.of(line.text());
        return lines.subList(index + 1, lines.size()).stream().noneMatch(l -> Words.of(l.text()).nearDuplicate(words));
    }

    /** "Headline | The Valley Courier": the part after the last separator goes when it is the site's name. */
    private static String withoutSiteName(String headline, List<String> warnings) {
        Matcher m = SITE_SUFFIX.matcher(headline);
        if (m.find() && Furniture.is(m.group(1))) {
            warnings.add("Dropped the site's name from the headline: '" + m.group(1) + "'");
            return headline.substring(0, m.start());
        }
        return headline;
    }
}
