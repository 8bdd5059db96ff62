package dev.lede.ingest.page.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting} and their
 * kin), found in any block, inside {@code @graph} or arrays; references by {@code @id} (an author listed once in
 * the graph) are followed. A block that is not valid JSON is skipped with a warning.
 */
final class JsonLd {

    private static final Pattern ARTICLE_TYPE = Pattern.compile(".*(?:Article|BlogPosting|Posting|Report)");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private JsonLd() {
    }

    static Declared read(Document doc, List<String> warnings) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (JacksonException e) {
                warnings.add("Ignored a JSON-LD block that is not valid JSON");
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.putIfAbsent(n.path("@id").asText(""), n));
        JsonNode article = article(nodes);
        return article == null ? Declared.NOTHING : JsonLdArticle.read(article, byId);
    }

    private static void collect(JsonNode node, List<JsonNode> nodes) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, nodes));
        } else if (node.isObject()) {
            nodes.add(node);
            collect(node.get("@graph"), nodes);
            collect(node.get("mainEntity"), nodes);
        }
    }

    /** The article node; of several, the one with a body, else the first with a headline. */
    private static JsonNode article(List<JsonNode> nodes) {
        JsonNode best = null;
        for (JsonNode n : nodes) {
            if (!isArticle(n)) {
                continue;
            }
            if (n.hasNonNull("articleBody")) {
                return n;
            }
            if (best == null || !best.hasNonNull("headline") && n.hasNonNull("headline")) {
                best = n;
            }
        }
        return best;
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPE.matcher(t.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPE.matcher(type.asText()).matches();
    }
}
