package dev.lede.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An operation of the committed spec, as the fuzzer needs it: where, what it takes, and whether it needs a key. */
record Operation(String id, String method, String path, List<Parameter> parameters, String bodyType, Schema<?> bodySchema,
                 boolean bodyRequired, boolean secured, Set<String> produces) {

    static List<Operation> fromSpec(String file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI spec = new OpenAPIV3Parser().read(file, null, options);
        List<Operation> operations = new ArrayList<>();
        spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            Map.Entry<String, MediaType> body = op.getRequestBody() == null ? null
                    : op.getRequestBody().getContent().entrySet().iterator().next();
            operations.add(new Operation(op.getOperationId(), method.name(), path,
                    op.getParameters() == null ? List.of() : op.getParameters(),
                    body == null ? null : body.getKey(), body == null ? null : body.getValue().getSchema(),
                    body != null && Boolean.TRUE.equals(op.getRequestBody().getRequired()),
                    op.getSecurity() != null && !op.getSecurity().isEmpty(), produces(op)));
        }));
        return operations;
    }

    /** The media types of its successful answers (JSON, a feed, XML, an image...). */
    private static Set<String> produces(io.swagger.v3.oas.models.Operation op) {
        Set<String> types = new TreeSet<>();
        op.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                types.addAll(response.getContent().keySet());
            }
        });
        return types;
    }

    List<Parameter> in(String where) {
        return parameters.stream().filter(p -> p.getIn().equals(where)).toList();
    }

    boolean conditional() {
        return in("header").stream().anyMatch(p -> p.getName().equals("If-Match"));
    }

    boolean json() {
        return bodyType != null && bodyType.contains("json");
    }
}
