package dev.lede.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Request bodies that are each wrong in one way. */
final class Bodies {
    private Bodies() {
    }

    /** A JSON body made from {@code valid} (an object {@code schema} accepts) with one thing wrong. */
    static String badJson(JsonNode valid, Schema<?> schema, Random random) {
        String json = valid.toString();
        List<String> names = new ArrayList<>();
        if (valid.isObject()) {
            valid.fieldNames().forEachRemaining(names::add);
        }
        String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
        return switch (random.nextInt(names.isEmpty() ? 6 : 12)) {
            case 0 -> json.substring(0, Math.max(1, json.length() / 2));
            case 1 -> json + " " + json;
            case 2 -> random.nextBoolean() ? "[]" : random.nextBoolean() ? "\"text\"" : "42";
            case 3 -> "[".repeat(5_000 + random.nextInt(5_000)) + "]".repeat(5_000);
            case 4 -> "{\"" + "k".repeat(10) + random.nextInt(100) + "\":1," + json.substring(1); // a member it does not take
            case 5 -> "{\"a\":\"" + "x".repeat(2_100_000) + "\"}"; // over the 2 MiB limit
            case 6 -> "{\"" + name + "\":" + valid.get(name) + "," + json.substring(1); // a member twice
            case 7 -> with(valid, name, JsonValues.wrongType(property(schema, name), random));
            case 8 -> with(valid, name, null).replace("\"" + name + "\":null", "\"" + name + "\":\"\\udcff\"");
            case 9 -> with(valid, name, null).replace("\"" + name + "\":null", "\"" + name + "\":\"a\\u0000b\"");
            case 10 -> without(valid, name);
            default -> json.replace("{", "{ ,");
        };
    }

    /** An import page that is not one: empty, blank, NUL, binary, or over the size limit. */
    static String badText(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> " \n\t ";
            case 2 -> "Headline\u0000\n\nA paragraph with a NUL.";
            default -> "\u0001\u0002\u0003\uFFFE";
        };
    }

    private static Schema<?> property(Schema<?> schema, String name) {
        Schema<?> property = schema.getProperties() == null ? null : schema.getProperties().get(name);
        return property == null ? new Schema<>().type("object") : property;
    }

    private static String with(JsonNode valid, String name, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        copy.set(name, value == null ? JsonValues.JSON.nullNode() : value);
        return copy.toString();
    }

    /** Without a member the schema requires (the valid body holds only those). */
    private static String without(JsonNode valid, String name) {
        ObjectNode copy = valid.deepCopy();
        copy.remove(name);
        return copy.isEmpty() ? "{}x" : copy.toString();
    }
}
