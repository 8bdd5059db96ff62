package dev.lede.ingest.quotes;

import java.util.List;
import java.util.stream.Collectors;

/** A quoted passage: one part per paragraph it runs through, each part the text between the marks. */
record QuoteSpan(List<Part> parts) {

    record Part(int paragraph, int start, int end) {
    }

    Part first() {
        return parts.get(0);
    }

    Part last() {
        return parts.get(parts.size() - 1);
    }

    boolean multiParagraph() {
        return parts.size() > 1;
    }

    String text(List<String> paragraphs) {
        return parts.stream()
                .map(p -> paragraphs.get(p.paragraph()).substring(p.start(), p.end()))
                .collect(Collectors.joining("\n\n"));
    }
}
