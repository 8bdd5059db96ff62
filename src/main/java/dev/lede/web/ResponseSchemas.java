package dev.lede.web;

import dev.lede.problem.Problems;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every field of a response type is always present (null where unknown), so the spec marks them
 * all required: clients may rely on them, and removing one shows as a breaking change. Schemas only
 * sent by clients (request bodies) are left as declared.
 */
final class ResponseSchemas {
    private ResponseSchemas() {
    }

    static void requireEveryField(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> reached = new HashSet<>();
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream())
                .filter(response -> response.getContent() != null)
                .flatMap(response -> response.getContent().getMediaTypes().entrySet().stream())
                // Lede's own JSON; a format with a spec of its own (JSON Feed) says itself what may be absent
                .filter(media -> media.getKey().equals("application/json") || media.getKey()
                        .equals(Problems.MEDIA_TYPE))
                .forEach(media -> visit(media.getValue().getSchema(), schemas, reached));
        reached.stream().map(schemas::get)
                .filter(schema -> schema.getProperties() != null && !schema.getProperties().isEmpty())
                .forEach(schema -> schema.setRequired(new ArrayList<>(schema.getProperties().keySet())));
    }

    /** Drops the component schemas nothing refers to any more (those whose nullable uses were all inlined). */
    static void dropUnreferenced(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> reached = new HashSet<>();
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .forEach(operation -> {
                    Stream.concat(operation.getResponses().getAPIResponses().values().stream().map(r -> r.getContent()),
                                    Stream.ofNullable(operation.getRequestBody()).map(b -> b.getContent()))
                            .filter(content -> content != null && content.getMediaTypes() != null)
                            .flatMap(content -> content.getMediaTypes().values().stream())
                            .forEach(media -> visit(media.getSchema(), schemas, reached));
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> visit(p.getSchema(), schemas, reached));
                    }
                });
        schemas.keySet().stream().filter(name -> !reached.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void visit(Schema schema, Map<String, Schema> schemas, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (schemas.containsKey(name) && reached.add(name)) {
                visit(schemas.get(name), schemas, reached);
            }
            return;
        }
        Stream.of(schema.getProperties() == null ? Stream.<Schema>empty() : schema.getProperties().values().stream(),
                        Stream.ofNullable(schema.getItems()),
                        schema.getAllOf() == null ? Stream.<Schema>empty() : schema.getAllOf().stream(),
                        schema.getAnyOf() == null ? Stream.<Schema>empty() : schema.getAnyOf().stream(),
                        schema.getOneOf() == null ? Stream.<Schema>empty() : schema.getOneOf().stream())
                .flatMap(s -> s)
                .forEach(child -> visit(child, schemas, reached));
    }
}
