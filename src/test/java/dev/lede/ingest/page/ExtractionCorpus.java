package dev.lede.ingest.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** The article-extraction development set: pages, their marked article bodies and the anchors of its README. */
record ExtractionCorpus(Path dir, Map<String, Truth> truths) {

    record Truth(String url, String articleBody) {
    }

    record Anchor(String extractor, String f1) {
    }

    private static final Pattern ANCHOR_ROW = Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|\\s*(0\\.\\d+)\\s*\\|\\s*$");

    static ExtractionCorpus load(Path dir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, Truth> truths = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> truths.put(e.getKey(),
                new Truth(e.getValue().path("url").asText(""), e.getValue().path("articleBody").asText(""))));
        return new ExtractionCorpus(dir, truths);
    }

    /** The page as fetched: gzip-compressed HTML. */
    byte[] html(String id) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
            return in.readAllBytes();
        }
    }

    /** The "| extractor | F1 |" rows of the corpus README, best first as it lists them. */
    List<Anchor> anchors() throws IOException {
        Path readme = dir.resolve("README.md");
        List<Anchor> anchors = new ArrayList<>();
        if (!Files.exists(readme)) {
            return anchors;
        }
        for (String line : Files.readAllLines(readme)) {
            Matcher m = ANCHOR_ROW.matcher(line);
            if (m.matches()) {
                anchors.add(new Anchor(m.group(1), m.group(2)));
            }
        }
        return anchors;
    }
}
