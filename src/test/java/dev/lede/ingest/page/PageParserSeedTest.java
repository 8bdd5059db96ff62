package dev.lede.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageParserSeedTest {

    private static final String SEED = "/seeds/000_7f78643c581e5c7b";

    private static ParsedPage page;
    private static JsonNode expected;

    @BeforeAll
    static void parseSeed() throws IOException {
        page = new PageParser().parse(resource(SEED + ".txt"));
        expected = new ObjectMapper().readTree(resource(SEED + ".expected.json"));
    }

    @Test
    void headFieldsAreTheExpectedOnes() {
        assertEquals(expected.get("section").asText(), page.section());
        assertEquals(expected.get("headline").asText(), page.headline());
        assertEquals(expected.get("whyWeWroteThis").asText(), page.whyWeWroteThis());
        assertTrue(page.missing().isEmpty(), () -> "missing " + page.missing());
    }

    @Test
    void bodyHasExactlyTheExpectedBlocksInOrder() {
        JsonNode body = expected.get("body");
        assertEquals(10, body.size());
        assertEquals(body.size(), page.blocks().size(), () -> "blocks: " + page.blocks());
        for (int i = 0; i < body.size(); i++) {
            assertBlock(body.get(i), page.blocks().get(i), i);
        }
    }

    @Test
    void bodyHoldsNothingItMustNotContain() {
        for (JsonNode banned : expected.get("mustNotContain")) {
            for (ParsedBlock block : page.blocks()) {
                assertFalse(block.text().contains(banned.asText()), () -> block + " contains " + banned);
            }
        }
    }

    @Test
    void droppedFurnitureAndMergedCopiesAreReported() {
        assertTrue(page.warnings().contains("Dropped 1 line of page furniture: 'Previous ArticleNext Article'"),
                () -> page.warnings().toString());
        assertTrue(page.warnings().contains("Merged 2 overlapping copies of the story"), () -> page.warnings().toString());
    }

    private static void assertBlock(JsonNode want, ParsedBlock got, int index) {
        String where = "block " + index + ": " + got;
        assertEquals(want.get("type").asText(), got.type().name().toLowerCase(Locale.ROOT), where);
        if (want.has("text")) {
            assertEquals(want.get("text").asText(), got.text(), where);
        }
        if (want.has("startsWith")) {
            assertTrue(got.text().startsWith(want.get("startsWith").asText()), where);
        }
        if (want.has("endsWith")) {
            assertTrue(got.text().endsWith(want.get("endsWith").asText()), where);
        }
        if (want.has("contains")) {
            assertTrue(got.text().contains(want.get("contains").asText()), where);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PageParserSeedTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
