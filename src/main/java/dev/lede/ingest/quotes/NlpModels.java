package dev.lede.ingest.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (UD English-EWT, from the opennlp-models-*-en jars), read once.
 * The models are thread-safe; the ME classes that use them are not, so each caller gets its own.
 */
final class NlpModels {
    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String TAGS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel tags;

    private NlpModels() {
        try (InputStream s = open(SENTENCES); InputStream t = open(TOKENS); InputStream p = open(TAGS)) {
            sentences = new SentenceModel(s);
            tokens = new TokenizerModel(t);
            tags = new POSModel(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP models", e);
        }
    }

    static NlpModels get() {
        return Holder.MODELS;
    }

    /** Starts reading the models on a daemon thread; an extraction that comes first waits for them. */
    static void loadInBackground() {
        Thread loader = new Thread(NlpModels::get, "opennlp-models");
        loader.setDaemon(true);
        loader.start();
    }

    SentenceDetectorME sentenceDetector() {
        return new SentenceDetectorME(sentences);
    }

    TokenizerME tokenizer() {
        return new TokenizerME(tokens);
    }

    POSTaggerME tagger() {
        return new POSTaggerME(tags);
    }

    private static InputStream open(String name) {
        InputStream in = NlpModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model not on the classpath: " + name);
        }
        return in;
    }

    private static final class Holder {
        static final NlpModels MODELS = new NlpModels();
    }
}
