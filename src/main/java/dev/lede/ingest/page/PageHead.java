package dev.lede.ingest.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the head of a page: section label, topic labels, headline and, conservatively, a standfirst. */
final class PageHead {

    private static final int MAX_LEADING_LABELS = 4;
    private static final int MAX_STANDFIRST_WORDS = 45;
    private static final int MIN_SHORT_HEADLINE_WORDS = 3;
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+([^|–—-]+)$");

    private PageHead() {
    }

    /** Fills the head fields of the draft and returns the index of the first body line. */
    static int read(PageLines page, PageDraft draft) {
        List<String> lines = page.lines();
        int labels = leadingLabels(lines);
        int headline = headlineIndex(lines, labels);
        int beforeHeadline = headline >= 0 ? headline : labels;
        if (beforeHeadline > 0) {
            draft.section = remember(lines.get(0), draft);
            lines.subList(1, beforeHeadline).forEach(label -> dropTopicLabel(label, draft));
        }
        if (headline < 0) {
            return beforeHeadline;
        }
        draft.headline = remember(withoutSiteName(remember(lines.get(headline), draft), draft), draft);
        return readAfterHeadline(page, headline + 1, draft);
    }

    /** Topic labels may follow the headline too; then comes the standfirst, if there is one. */
    private static int readAfterHeadline(PageLines page, int next, PageDraft draft) {
        List<String> lines = page.lines();
        while (next + 1 < lines.size() && Lines.isLabel(lines.get(next))) {
            dropTopicLabel(lines.get(next++), draft);
        }
        if (isStandfirst(page, next)) {
            draft.standfirst = remember(lines.get(next++), draft);
        }
        return next;
    }

    private static int leadingLabels(List<String> lines) {
        int count = 0;
        while (count < lines.size() && count < MAX_LEADING_LABELS && Lines.isLabel(lines.get(count))) {
            count++;
        }
        return count;
    }

    /** The headline follows the labels; failing that, a short headline is the last label, or the only one. */
    private static int headlineIndex(List<String> lines, int labels) {
        if (labels < lines.size() && Lines.isHeadline(lines.get(labels))) {
            return labels;
        }
        if (labels >= 2) {
            return labels - 1;
        }
        return labels == 1 && Lines.words(lines.get(0)) >= MIN_SHORT_HEADLINE_WORDS ? 0 : -1;
    }

    /** Only a single sentence set off from the body by a byline or date line, and not repeated in the body. */
    private static boolean isStandfirst(PageLines page, int index) {
        List<String> lines = page.lines();
        if (index + 1 >= lines.size() || !page.metaBefore().get(index + 1)) {
            return false;
        }
        String line = lines.get(index);
        if (Lines.words(line) > MAX_STANDFIRST_WORDS || !Lines.isOneSentence(line)) {
            return false;
        }
        Words words = Words.of(line);
        return lines.subList(index + 1, lines.size()).stream().noneMatch(l -> Words.of(l).nearDuplicate(words));
    }

    /** "Headline | The Valley Courier": the part after the last separator goes when it is the site's name. */
    private static String withoutSiteName(String headline, PageDraft draft) {
        Matcher m = SITE_SUFFIX.matcher(headline);
        if (m.find() && Furniture.is(m.group(1))) {
            draft.drop("the site's name from the headline", m.group(1));
            return headline.substring(0, m.start());
        }
        return headline;
    }

    private static void dropTopicLabel(String line, PageDraft draft) {
        remember(line, draft);
        draft.drop("1 line of page furniture (topic label)", line);
    }

    private static String remember(String line, PageDraft draft) {
        draft.headLines.add(line);
        return line;
    }
}
