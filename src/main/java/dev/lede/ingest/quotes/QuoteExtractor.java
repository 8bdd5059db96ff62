package dev.lede.ingest.quotes;

import java.util.List;

/**
 * Finds the direct and partial quotes in an article's body paragraphs and attributes each to a speaker.
 * OpenNLP does the sentence splitting, tokenising and part-of-speech tagging; word lists and rules do the
 * cue verbs, titles and attribution. Thread-safe: the models are loaded once and shared, each thread
 * keeps its own OpenNLP detector, tokenizer and tagger (they hold state, and a new tagger costs a few
 * milliseconds), and every call works on its own state.
 */
public final class QuoteExtractor {
    private final ThreadLocal<Sentences> sentences = ThreadLocal.withInitial(() -> new Sentences(NlpModels.get()));

    /**
     * Reads the OpenNLP models (a few seconds) in the background, so that a process that will extract
     * quotes starts without waiting for them and its first extraction seldom does.
     */
    public static void loadModelsInBackground() {
        NlpModels.loadInBackground();
    }

    /** The quotes of one article, in reading order; {@code paragraphs} are its body paragraphs, in order. */
    public List<ExtractedQuote> extract(List<String> paragraphs) {
        List<String> body = List.copyOf(paragraphs);
        List<QuoteSpan> spans = QuoteSpans.find(body);
        List<Sentences.Sentence> sentences = OpeningNames.retag(this.sentences.get().split(body, spans));
        return new Attribution(body, sentences, spans).read();
    }
}
