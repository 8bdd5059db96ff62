package dev.lede.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.lede.common.MergePatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Request bodies read by hand (merge patches, optional bodies), with the same 400s as bound ones. */
@ApplicationScoped
public class JsonBodies {
    private final ObjectMapper mapper;
    private final Validator validator;

    public JsonBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** A JSON object; null for an empty body. */
    public JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (!node.isObject()) {
                throw new ApiException(400, "The request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /** Malformed JSON, bound or read by hand: where, and why when the reason is one a client can act on. */
    static ApiException notJson(JsonProcessingException e) {
        if (e instanceof MismatchedInputException shape) {
            return wrongShape(shape);
        }
        String message = String.valueOf(e.getOriginalMessage());
        String why = message.startsWith("Duplicate field") ? ": it has a member twice ("
                + message.substring("Duplicate field ".length()) + ")" : "";
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return new ApiException(400, "The request body is not valid JSON" + where + why);
    }

    /** {@code patch} merged into {@code current}, as a valid {@code type}. */
    public <T> T merged(Object current, String patch, Class<T> type) {
        JsonNode p = object(patch);
        if (p == null) {
            throw new ApiException(400, "The request body is empty: send a JSON merge patch");
        }
        return valid(MergePatch.apply(mapper.valueToTree(current), p), type);
    }

    /**
     * Well-formed JSON of the wrong shape, bound or merged alike: a number for a text, an array for an
     * object, or a member the type does not have (misspelt, or read-only such as "publishedAt").
     */
    static ApiException wrongShape(MismatchedInputException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return new ApiException(400, "The request body has content after its JSON value");
        }
        Problem.FieldError error;
        if (e instanceof InvalidFormatException text && text.getTargetType() == String.class) {
            error = new Problem.FieldError(field(e), text.getOriginalMessage());
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            error = new Problem.FieldError(unknown.getPropertyName(),
                    "is not a field that can be written here; fields: " + known);
        } else {
            error = new Problem.FieldError(field(e), "has the wrong type");
        }
        String detail = error.field().equals("$") ? "The request body must be a JSON object"
                : "The request body does not have the expected shape: '" + error.field() + "' " + error.message();
        return new ApiException(400, detail, List.of(error));
    }

    /** The member of the body that had the wrong type ("$" when the body itself is of the wrong kind). */
    private static String field(MismatchedInputException e) {
        for (int i = e.getPath().size() - 1; i >= 0; i--) {
            if (e.getPath().get(i).getFieldName() != null) {
                return e.getPath().get(i).getFieldName();
            }
        }
        return "$";
    }

    public <T> T valid(JsonNode node, Class<T> type) {
        T value;
        try {
            value = mapper.treeToValue(node, type);
        } catch (MismatchedInputException e) {
            throw wrongShape(e);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "The request body is not valid here");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
