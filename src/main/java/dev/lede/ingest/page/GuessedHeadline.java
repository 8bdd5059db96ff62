package dev.lede.ingest.page;

import java.util.List;
import java.util.Set;

/**
 * The headline of a page where no line above the prose looks like one: the first line of the prose when it is short,
 * otherwise the opening words of the first paragraph, which stays in the body. Only a guess is reported as one.
 */
final class GuessedHeadline {

    private static final int MAX_FIRST_LINE_WORDS = 25;
    private static final int MAX_SENTENCE_WORDS = 20;
    private static final int OPENING_WORDS = 12;

    private GuessedHeadline() {
    }

    static PageHead.Head read(List<Line> lines, ProseRun run) {
        int first = run.start();
        Line line = lines.get(first);
        boolean more = run.end() - first > 1;
        if (more && Headlines.isShaped(line)) {
            return head(line.text(), first, first + 1, List.of());
        }
        if (more && line.weight() <= MAX_FIRST_LINE_WORDS) {
            return head(line.text(), first, first + 1, List.of(
                    "No line looks like a headline: took the first line of the text as the headline"));
        }
        return head(opening(line.text()), first, first, List.of(
                "No line looks like a headline: took the opening words of the first paragraph as the headline"));
    }

    private static PageHead.Head head(String headline, int start, int bodyStart, List<String> warnings) {
        Set<String> texts = start < bodyStart ? Set.of(headline) : Set.of();
        return new PageHead.Head(null, headline, null, start, bodyStart, texts, warnings);
    }

    /** The first sentence, or the first words of a long one. */
    private static String opening(String paragraph) {
        String sentence = Lines.firstSentence(paragraph);
        if (Lines.words(sentence) <= MAX_SENTENCE_WORDS) {
            return sentence;
        }
        String[] words = sentence.split(" ");
        return String.join(" ", List.of(words).subList(0, OPENING_WORDS)) + "…";
    }
}
