package dev.lede.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Requests for an operation that are each wrong in one way: a parameter of the wrong type or encoding,
 * a bad header, a malformed or ill-typed body, or a request the HTTP layer must refuse. Every one must
 * be answered with a 4xx problem.
 */
final class Mutations {
    private static final String[] NOT_INTEGERS = {"abc", "1.5", "-1", "0", "100000", "99999999999999999999", "1e2", "0x10", "%D9%A3", "+-1", "1%202"};
    private static final String[] NOT_BOOLEANS = {"maybe", "yes", "1", "t", "falsey"};
    private static final String[] NOT_DATES = {"2024-13-45", "yesterday", "+999999999-01-01T00:00:00Z", "2024-02-30", "1e9"};
    private static final String[] BAD_ENCODINGS = {"%zz", "%", "%4", "a%%b", "%u0041"};
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", "text/csv", "application/pdf");
    private static final String[] BAD_MEDIA_TYPES = {"garbage", "application/json, text/plain", "*/*", "application/*", "",
            "application/json; charset=\"open", "text/html", "multipart/form-data"};

    private final Random random;
    private final String key;
    private final String slug;

    Mutations(Random random, String adminKey, String existingSlug) {
        this.random = random;
        this.key = adminKey;
        this.slug = existingSlug;
    }

    /** One wrong request for {@code op}, by a mutation chosen at random among those that apply to it. */
    FuzzRequest next(Operation op) {
        List<Function<Operation, FuzzRequest>> kinds = new ArrayList<>(List.of(this::unknownParameter, this::badPath,
                this::badAuthorization, this::unacceptable, this::rawProtocol, this::nulInQuery, this::badEncodingInQuery));
        if (!op.in("query").isEmpty()) {
            kinds.addAll(List.of(this::wrongQueryValue, this::wrongQueryValue, this::wrongQueryValue));
        }
        if (op.secured()) {
            kinds.add(o -> baseline(o).header("Authorization", null).what("no key"));
        }
        if (op.conditional()) {
            kinds.add(o -> baseline(o).header("If-Match", pick(new String[]{"*", "W/\"weak\"", "\"stale\", *", null, "garbage"}))
                    .what("bad If-Match"));
        }
        if (op.bodyType() != null) {
            kinds.addAll(List.of(this::badContentType, this::badBody, this::badBody, this::badBody));
        }
        return kinds.get(random.nextInt(kinds.size())).apply(op);
    }

    FuzzRequest baseline(Operation op) {
        String path = op.path();
        for (Parameter p : op.in("path")) {
            String value = p.getName().equals("slugOrId") && random.nextBoolean() ? slug
                    : p.getName().equals("id") ? UUID.randomUUID().toString() : "fuzz-" + random.nextInt(1000);
            path = path.replace("{" + p.getName() + "}", value);
        }
        FuzzRequest request = FuzzRequest.of("baseline", op.method(), path);
        if (op.secured()) {
            request = request.header("Authorization", "Bearer " + key);
        }
        if (op.conditional()) {
            request = request.header("If-Match", "\"stale-" + random.nextInt(1000) + "\"");
        }
        if (op.json()) {
            request = request.body(op.bodyType(), JsonValues.valid(op.bodySchema()).toString().getBytes(StandardCharsets.UTF_8));
        } else if (op.bodyType() != null) {
            request = request.body(op.bodyType() + "; charset=utf-8", "x".getBytes(StandardCharsets.UTF_8));
        }
        return request;
    }

    private FuzzRequest withQuery(Operation op, String query, String what) {
        FuzzRequest base = baseline(op);
        return base.target(base.target() + "?" + query).what(what);
    }

    private FuzzRequest unknownParameter(Operation op) {
        return withQuery(op, "zz" + random.nextInt(100) + "=1", "unknown parameter");
    }

    private FuzzRequest nulInQuery(Operation op) {
        String name = op.in("query").isEmpty() ? "x" : pick(op.in("query")).getName();
        return withQuery(op, name + "=a%00" + random.nextInt(10), "NUL in " + name);
    }

    private FuzzRequest badEncodingInQuery(Operation op) {
        String name = op.in("query").isEmpty() ? "x" : pick(op.in("query")).getName();
        return withQuery(op, name + "=" + pick(BAD_ENCODINGS), "bad percent-encoding in " + name);
    }

    private FuzzRequest wrongQueryValue(Operation op) {
        Parameter p = pick(op.in("query"));
        Schema<?> schema = p.getSchema();
        String name = p.getName();
        String value;
        if (schema != null && schema.getEnum() != null) {
            value = "nope" + random.nextInt(10);
        } else if (schema != null && "integer".equals(JsonValues.type(schema))) {
            value = pick(NOT_INTEGERS);
        } else if (schema != null && "boolean".equals(JsonValues.type(schema))) {
            value = pick(NOT_BOOLEANS);
        } else if (name.equals("cursor") || name.equals("since")) {
            value = Cursors.bad(random);
        } else if (name.equals("from") || name.equals("to") || name.equals("publishedAt")) {
            value = pick(NOT_DATES).replace("+", "%2B");
        } else {
            value = "a".repeat(4100 + random.nextInt(2000)); // over the request line limit: 414
        }
        return withQuery(op, name + "=" + value, "wrong " + name);
    }

    private FuzzRequest badPath(Operation op) {
        FuzzRequest base = baseline(op);
        String segment = pick(new String[]{"a%00b", "%zz", "%", "x".repeat(5000), "%C0%AF", "..%2F..%2Fetc", "%E2%80%AE", "%ED%A0%80"});
        int slash = base.target().lastIndexOf('/');
        if (op.in("path").isEmpty()) {
            return base.target(base.target() + "/" + segment + "/more").what("unknown path");
        }
        return base.target(base.target().substring(0, slash + 1) + segment).what("bad path segment " + segment.length());
    }

    private FuzzRequest badAuthorization(Operation op) {
        return baseline(op).header("Authorization", pick(new String[]{"Bearer not-a-key-" + random.nextInt(1000), "Basic Zm9vOmJhcg==",
                "Bearer", "bearer  " + "k".repeat(300), "Token abc"})).what("bad Authorization");
    }

    /** An Accept that none of the operation's answers meets (an XML feed's Accept is no mistake for a feed). */
    private FuzzRequest unacceptable(Operation op) {
        List<String> unacceptable = ACCEPTS.stream().filter(type -> !op.produces().contains(type)).toList();
        return baseline(op).header("Accept", pick(unacceptable)).what("Accept");
    }

    private FuzzRequest badContentType(Operation op) {
        return baseline(op).header("Content-Type", pick(new String[]{null, pick(BAD_MEDIA_TYPES)})).what("bad Content-Type");
    }

    private FuzzRequest badBody(Operation op) {
        FuzzRequest base = baseline(op);
        String body = op.json() ? Bodies.badJson(JsonValues.valid(op.bodySchema()), op.bodySchema(), random) : Bodies.badText(random);
        return base.body(body.getBytes(StandardCharsets.UTF_8)).what("bad body");
    }

    private FuzzRequest rawProtocol(Operation op) {
        FuzzRequest base = baseline(op);
        return switch (random.nextInt(6)) {
            case 0 -> base.header("Content-Length", pick(new String[]{"abc", "-1", "1, 2", "99999999999999999999"})).what("bad Content-Length");
            case 1 -> base.header("X-Fuzz", "a\u0001b\u007f").what("control characters in a header");
            case 2 -> base.header("Authorization", "Bearer a\u0000b").what("NUL in Authorization");
            case 3 -> base.header("Host", null).what("no Host");
            case 4 -> base.header("X-Big", "h".repeat(25_000 + random.nextInt(10_000))).what("header fields too large");
            default -> base.header("Origin", "null").what("opaque origin");
        };
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }
}
