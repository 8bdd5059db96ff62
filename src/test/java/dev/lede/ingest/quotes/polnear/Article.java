package dev.lede.ingest.quotes.polnear;

import java.util.List;

/**
 * One PolNeAR article: its text, its paragraphs (every non-blank line after the headline line), the
 * attributions one annotator marked, and CoreNLP's tokens and coreference chains (null when absent).
 */
record Article(String name, String text, List<Paragraph> paragraphs, List<Attribution> attributions, CoreNlp nlp) {

    record Paragraph(int start, String text) {
    }

    /** Source, cue and content of one attribution; the source is empty when the annotator marked none. */
    record Attribution(List<Span> source, List<Span> cue, List<Span> content) {
    }

    List<String> paragraphTexts() {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    String text(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(b.isEmpty() ? "" : " ").append(text, s.start(), s.end()));
        return b.toString();
    }
}
