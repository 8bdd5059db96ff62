package dev.lede.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Sparse fieldsets: {@code fields=slug,headline} keeps only those members of each item. */
@Schema(type = SchemaType.STRING)
public record Fields(String name, String text) {

    public static Set<String> of(Class<? extends Record> view) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(view.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return Set.copyOf(names);
    }

    /** The names asked for, each one a field of the view (else a 400 problem); null when all are wanted. */
    public static List<String> chosen(Fields fields, Set<String> allowed) {
        return fields == null ? null : Params.names(fields.name, fields.text, allowed);
    }

    /** Returns the item itself when all fields are wanted, else a JSON object of just the chosen ones. */
    public static <T> Function<T, Object> selector(ObjectMapper mapper, List<String> chosen) {
        if (chosen == null) {
            return item -> item;
        }
        return item -> {
            ObjectNode all = mapper.valueToTree(item);
            ObjectNode some = mapper.createObjectNode();
            chosen.forEach(name -> some.set(name, all.get(name)));
            return some;
        };
    }

    public static Fields parse(String name, String text) {
        return text == null || text.isBlank() ? null : new Fields(name, text);
    }
}
