package dev.lede.ingest.page.html;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fields of one JSON-LD article node, each in any of the shapes schema.org allows (text, object, list). */
final class JsonLdArticle {

    private final JsonNode article;
    private final Map<String, JsonNode> byId;

    private JsonLdArticle(JsonNode article, Map<String, JsonNode> byId) {
        this.article = article;
        this.byId = byId;
    }

    static Declared read(JsonNode article, Map<String, JsonNode> byId) {
        JsonLdArticle a = new JsonLdArticle(article, byId);
        return new Declared(a.text("headline", "name"), a.text("description"), a.names("author"),
                Dates.instant(a.text("datePublished", "dateCreated")), Dates.instant(a.text("dateModified")),
                a.text("articleSection"), a.keywords(), a.images(), a.text("articleBody"), a.text("inLanguage"),
                a.text("url", "mainEntityOfPage"));
    }

    /** The first non-blank text among the fields, the first item of a list, the name or @id of an object. */
    private String text(String... fields) {
        for (String field : fields) {
            String value = text(article.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.has("name") ? node.get("name") : node.get("@id"));
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private List<String> names(String field) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : items(article.get(field))) {
            String name = text(item.isObject() ? item.get("name") : item);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private List<String> keywords() {
        List<String> keywords = new ArrayList<>();
        for (JsonNode item : items(article.get("keywords"))) {
            for (String k : item.asText("").split(",")) {
                if (!k.isBlank() && !keywords.contains(k.strip())) {
                    keywords.add(k.strip());
                }
            }
        }
        return keywords;
    }

    private List<Declared.Image> images() {
        List<Declared.Image> images = new ArrayList<>();
        for (JsonNode item : items(article.get("image"))) {
            String src = item.isObject() ? text(item.has("url") ? item.get("url") : item.get("contentUrl"))
                    : text(item);
            if (src != null && images.stream().noneMatch(i -> i.src().equals(src))) {
                images.add(new Declared.Image(src, item.isObject() ? text(item.get("caption")) : null,
                        item.isObject() ? credit(item) : null));
            }
        }
        return images;
    }

    private static String credit(JsonNode image) {
        for (String field : List.of("creditText", "copyrightHolder", "author", "creator")) {
            String value = text(image.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The items of a field that may be one value or a list, with @id references resolved. */
    private List<JsonNode> items(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return items;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            JsonNode resolved = item.isObject() && item.size() == 1 && item.has("@id")
                    ? byId.getOrDefault(item.get("@id").asText(), item) : item;
            items.add(resolved);
        }
        return items;
    }
}
