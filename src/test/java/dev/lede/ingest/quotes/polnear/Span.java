package dev.lede.ingest.quotes.polnear;

import java.util.List;

/** Characters start..end (exclusive) of an article's text. */
record Span(int start, int end) {

    int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    static int overlap(List<Span> a, List<Span> b) {
        return a.stream().mapToInt(x -> b.stream().mapToInt(x::overlap).sum()).sum();
    }
}
