package dev.lede.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of quote spans (exact text and the same partial flag, per article) and accuracy of speaker
 * attribution (over the quotes found correctly) on the hand-labelled articles in quotes/articles.json, which the
 * team wrote: a speaker is the fullest name the article gives, the words for a group, or null where no one is named.
 */
class QuoteExtractionQualityTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void extractionMeetsTheQualityBar() throws IOException {
        int found = 0;
        int labelled = 0;
        int correct = 0;
        int attributed = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode article : articles()) {
            Map<String, JsonNode> gold = new HashMap<>();
            article.get("quotes").forEach(q -> gold.put(q.get("text").asText(), q));
            List<String> paragraphs = new ArrayList<>();
            article.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            List<ExtractedQuote> quotes = extractor.extract(paragraphs);
            found += quotes.size();
            labelled += gold.size();
            for (ExtractedQuote q : quotes) {
                JsonNode want = gold.remove(q.text());
                if (want != null && want.get("partial").asBoolean() != q.partial()) {
                    misses.add(article.get("id").asText() + ": " + (q.partial() ? "partial" : "direct") + " by mistake: " + q.text());
                    gold.put(q.text(), want);
                    want = null;
                }
                if (want == null) {
                    misses.add(article.get("id").asText() + ": not a quote: " + q.text());
                    continue;
                }
                correct++;
                String speaker = want.get("speaker").isNull() ? null : want.get("speaker").asText();
                if (Objects.equals(normal(speaker), normal(q.speaker()))) {
                    attributed++;
                } else {
                    misses.add(article.get("id").asText() + ": " + q.text() + " -> " + q.speaker() + ", labelled " + speaker);
                }
            }
            gold.keySet().forEach(t -> misses.add(article.get("id").asText() + ": missed " + t));
        }
        double precision = correct / (double) found;
        double recall = correct / (double) labelled;
        double attribution = attributed / (double) correct;
        System.out.printf("Quote extraction over %d labelled quotes: precision %.3f, recall %.3f, attribution %.3f%n",
                labelled, precision, recall, attribution);
        misses.forEach(m -> System.out.println("  " + m));

        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.95, "recall " + recall);
        assertTrue(attribution >= 0.90, "attribution " + attribution);
    }

    /** Speakers compare without case, curly apostrophes or a leading article: "the ministry" is "Ministry". */
    private static String normal(String speaker) {
        return speaker == null ? null
                : speaker.toLowerCase(Locale.ROOT).replace('’', '\'').replaceFirst("^(the|a|an) ", "");
    }

    private static JsonNode articles() throws IOException {
        try (InputStream in = QuoteExtractionQualityTest.class.getResourceAsStream("/quotes/articles.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
