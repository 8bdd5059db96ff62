package dev.lede.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A small JSON value a schema accepts, and ways to make one it refuses. */
final class JsonValues {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonValues() {
    }

    static JsonNode valid(Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return JSON.valueToTree(schema.getEnum().get(0));
        }
        if (schema.getExample() instanceof String || schema.getExample() instanceof Number || schema.getExample() instanceof Boolean) {
            return JSON.valueToTree(schema.getExample());
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                if (schema.getRequired() != null && schema.getProperties() != null) {
                    // a webhook URL by address: a name would be looked up in DNS
                    schema.getRequired().forEach(name -> object.set(name, name.equals("url")
                            ? JSON.valueToTree("http://93.184.215.14/lede-hook") : valid(schema.getProperties().get(name))));
                }
                yield object;
            }
            case "array" -> JSON.createArrayNode().add(valid(schema.getItems()));
            case "integer" -> JSON.valueToTree(schema.getMinimum() == null ? BigDecimal.ONE : schema.getMinimum());
            case "number" -> JSON.valueToTree(1.5);
            case "boolean" -> JSON.valueToTree(true);
            default -> JSON.valueToTree(text(schema));
        };
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next()
                : schema.getProperties() != null ? "object" : "string";
    }

    private static String text(Schema<?> schema) {
        String format = String.valueOf(schema.getFormat());
        return switch (format) {
            case "date-time" -> "2031-01-01T00:00:00Z";
            case "uri", "url" -> "https://hooks.example.com/lede";
            case "uuid" -> "00000000-0000-4000-8000-000000000000";
            default -> "Fuzzed text" + "x".repeat(Math.max(0, schema.getMinLength() == null ? 0 : schema.getMinLength() - 11));
        };
    }

    /** A value of the wrong JSON type for {@code schema}; never null, which an optional member may take. */
    static JsonNode wrongType(Schema<?> schema, Random random) {
        List<JsonNode> wrong = new ArrayList<>(List.<JsonNode>of(JSON.valueToTree(42), JSON.valueToTree(true), JSON.createArrayNode().add(1),
                JSON.createObjectNode().put("a", 1), JSON.valueToTree("text"), JSON.valueToTree(2.5)));
        String type = type(schema);
        wrong.removeIf(node -> switch (type) {
            case "string" -> node.isTextual();
            case "integer" -> node.isIntegralNumber();
            case "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            case "array" -> node.isArray();
            default -> node.isObject();
        });
        if (schema.getEnum() != null) {
            wrong.add(JSON.valueToTree("not-one-of-" + schema.getEnum().size()));
        }
        return wrong.get(random.nextInt(wrong.size()));
    }
}
