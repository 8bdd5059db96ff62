package dev.lede.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;
import java.util.Map;

/**
 * The schema of a typed query parameter ({@link Limit}, {@link Slug}, …) written out where the parameter is: its
 * type's schema (integer from 1 to 100, a string…) with the parameter's default in that type, as a client generator
 * reads it best, instead of a reference to a component that only names the Java type.
 */
final class ParameterSchemas {
    private ParameterSchemas() {
    }

    static void inline(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .filter(operation -> operation.getParameters() != null)
                .flatMap(operation -> operation.getParameters().stream())
                .forEach(parameter -> inline(parameter, schemas));
    }

    private static void inline(Parameter parameter, Map<String, Schema> schemas) {
        Schema schema = parameter.getSchema();
        if (schema == null) {
            return;
        }
        List<Schema> parts = schema.getAllOf() != null ? schema.getAllOf() : List.of(schema);
        Schema type = parts.stream().map(s -> scalar(s, schemas)).filter(s -> s != null).findFirst().orElse(null);
        if (type == null) {
            return;
        }
        Schema inline = OASFactory.createSchema().type(type.getType()).format(type.getFormat())
                .minimum(type.getMinimum()).maximum(type.getMaximum());
        parts.stream().map(Schema::getDefaultValue).filter(d -> d != null).findFirst()
                .ifPresent(d -> inline.setDefaultValue(typed(d.toString(), type)));
        parameter.setSchema(inline);
    }

    /** The component a reference names, when it is a plain value (a parameter type), not an object. */
    private static Schema scalar(Schema schema, Map<String, Schema> schemas) {
        if (schema.getRef() == null) {
            return null;
        }
        Schema target = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        boolean value = target != null && target.getProperties() == null && target.getType() != null
                && !target.getType().contains(Schema.SchemaType.OBJECT) && !target.getType()
                        .contains(Schema.SchemaType.ARRAY);
        return value ? target : null;
    }

    private static Object typed(String value, Schema type) {
        if (type.getType().contains(Schema.SchemaType.INTEGER)) {
            return Integer.valueOf(value);
        }
        return type.getType().contains(Schema.SchemaType.BOOLEAN) ? Boolean.valueOf(value) : value;
    }
}
