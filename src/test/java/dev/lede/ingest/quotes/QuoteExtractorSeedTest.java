package dev.lede.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuoteExtractorSeedTest {
    /** The body paragraphs of seeds/000_7f78643c581e5c7b.txt after merging its two copies (headings are not passed). */
    static final List<String> SEED = List.of(
            "North Korea is sending troops to military training areas in Russia, U.S. Secretary of Defense Lloyd Austin "
                    + "confirmed this week, calling the development a “very, very serious” escalation in the war.",
            "It is a charge that South Korea and Ukraine have made repeatedly in past days, which the United States had yet to corroborate.",
            "Officials in Kyiv last week released a video showing North Korean troops collecting military fatigues at Russian bases. "
                    + "These troops could begin showing up in Russia’s Kursk region – which Ukraine invaded this summer – as early as this week, they say.",
            "Some 3,000 North Korean troops arrived in Russia’s far east earlier this month courtesy of Russian naval transport ships, "
                    + "according to U.S. officials. South Korean intelligence agencies estimate that some 12,000 North Korean troops in total are in training.",
            "“What exactly they’re doing is left to be seen,” Secretary Austin said Wednesday. “We’re trying to gain better fidelity on it.”",
            "During a June summit in Pyongyang, North Korean leader Kim Jong Un and Russian President Vladimir Putin – in his first visit "
                    + "to the country in nearly a quarter century – signed a mutual defense pact, promising military support if either country "
                    + "is attacked. It was ratified by Russia’s lower parliament Thursday.",
            "Ukraine’s August incursion into Russia’s Kursk region could, by Moscow’s reckoning, constitute such an attack.",
            "What’s clear is that “Russia is paying a price” for North Korean aid, NATO Secretary-General Mark Rutte said last week. "
                    + "“In return, it means that they have to deliver innovation.”",
            "More broadly, the deepening military ties between North Korea and Russia raise the larger question of what a partnership "
                    + "of antidemocratic nations can accomplish – particularly as a destabilizing force.");

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void seedYieldsTheFiveExpectedQuotesInOrder() throws IOException {
        JsonNode expected = expected();
        List<ExtractedQuote> quotes = extractor.extract(SEED);

        assertEquals(expected.get("quotes").size(), quotes.size(), () -> "got " + quotes);
        for (int i = 0; i < quotes.size(); i++) {
            JsonNode want = expected.get("quotes").get(i);
            ExtractedQuote got = quotes.get(i);
            assertEquals(want.get("text").asText(), got.text());
            assertEquals(want.get("partial").asBoolean(), got.partial(), got.text());
            assertEquals(want.get("speaker").asText(), got.speaker(), got.text());
            assertEquals(want.get("speakerRole").asText(), got.role(), got.text());
        }
    }

    @Test
    void seedSpeakersAreAustinAndRutte() throws IOException {
        Set<String> want = new HashSet<>();
        expected().get("speakers").forEach(s -> want.add(s.asText()));
        Set<String> got = extractor.extract(SEED).stream().map(ExtractedQuote::speaker).collect(Collectors.toSet());
        assertEquals(want, got);
    }

    @Test
    void offsetsPointAtTheQuotedText() {
        for (ExtractedQuote q : extractor.extract(SEED)) {
            assertEquals(q.text(), SEED.get(q.paragraph()).substring(q.start(), q.end()));
        }
    }

    @Test
    void scareQuotesOfTheHeadlineAreNotQuotes() throws IOException {
        List<String> withHeadline = new ArrayList<>(SEED);
        withHeadline.add("Analysts warn that the deployment risks an ‘escalation spiral’ on the peninsula.");
        withHeadline.add("Both capitals now risk an “escalation spiral” that neither of them wants.");
        List<ExtractedQuote> quotes = extractor.extract(withHeadline);
        for (JsonNode notQuote : expected().get("notQuotes")) {
            assertFalse(quotes.stream().anyMatch(q -> q.text().equals(notQuote.asText())), notQuote.asText());
        }
        assertEquals(5, quotes.size());
    }

    private static JsonNode expected() throws IOException {
        try (InputStream in = QuoteExtractorSeedTest.class.getResourceAsStream("/seeds/000_7f78643c581e5c7b.expected.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
