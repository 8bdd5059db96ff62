package dev.lede.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.problem.Problem;
import dev.lede.problem.Problems;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds to every operation what is true of all of them, so resources only declare what is their
 * own: the problem responses any request can meet (401/403 where a key is required, 413/415 where
 * there is a body), 304 for conditional GETs, and real examples; and makes the schemas say what
 * responses do: nullable values accept null, and every field of a response type is required.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)   // the served document is the built one: nothing to redo at each start
public class OpenApiConventions implements OASFilter {
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public PathItem filterPathItem(PathItem item) {
        item.getOperations().forEach((method, operation) -> conventions(method, operation));
        return item;
    }

    private void conventions(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        requestProblems(operation, responses, hasParameters);
        // reads too: a key that is sent must be valid, and lede.security.public-reads=false needs one
        problem(responses, "401", "No API key where one is needed, or not a valid one (`WWW-Authenticate: Bearer`)");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problem(responses, "403", "The API key's role may not do this");
        }
        if (hasParameters && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))) {
            problem(responses, "412",
                    "If-Match is stale: someone changed the resource since; the problem's `currentEtag` (and `ETag`) "
                    + "name its state now");
            problem(responses, "428", "If-Match is missing: send the ETag of your last GET");
        }
        problem(responses, "406", "The client accepts none of the media types this operation answers with (`Accept`)");
        problem(responses, "500", "The server failed; the problem says no more");
        problem(responses, "503", "The database is unavailable; retry after the Retry-After delay");
        declaredProblems(responses);
        if (method == PathItem.HttpMethod.GET) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the If-None-Match or If-Modified-Since validator still holds"));
        }
        attachExample(operation);
    }

    /** The problems of a request's parameters and body. */
    private static void requestProblems(Operation operation, APIResponses responses, boolean hasParameters) {
        boolean hasPathParameter = hasParameters && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (operation.getRequestBody() != null) {
            problem(responses, "400",
                    "The request is invalid: a parameter or the body is malformed, or the body has a member "
                    + "this operation does not take (see `errors`)");
        } else if (hasParameters) {
            problem(responses, "400", "The request is invalid: a parameter is malformed or unknown (see `errors`)");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "413", "The body is larger than the server accepts");
            problem(responses, "415", "The body's media type is not one this operation accepts");
        }
        if (hasPathParameter) {
            problem(responses, "404", "Nothing exists at this path");
        }
    }

    /** Every error a resource declares is a problem too, without each one saying so. */
    private static void declaredProblems(APIResponses responses) {
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() == null) {
                problem(responses, status, response.getDescription());
            }
        });
    }

    private static void problem(APIResponses responses, String status, String description) {
        Content content = OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
        } else if (responses.getAPIResponse(status).getContent() == null && !status.startsWith("3")) {
            // one declared without a body, such as the 400 Quarkus adds for a validated body: it is a problem too
            responses.getAPIResponse(status).setContent(content);
        }
    }

    /** A response captured from the sample content (openapi/refresh-examples.sh), for each success response. */
    private static void attachExample(Operation operation) {
        try (InputStream in = OpenApiConventions.class.getResourceAsStream("/openapi-examples/"
                + operation.getOperationId() + ".json")) {
            if (in == null) {
                return;
            }
            Object example = JSON.readValue(in, Object.class);
            for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                if (response.getKey().startsWith("2") && response.getValue().getContent() != null) {
                    response.getValue().getContent().getMediaTypes().values()
                            .forEach(media -> media.setExample(example));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            throw new IllegalStateException("The Problem schema is missing from the OpenAPI components");
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> authProblems(operation, openAPI.getSecurity())));
            ResponseSchemas.requireEveryField(openAPI);
        }
        // after the required lists are complete: inlined objects copy them
        openAPI.getComponents().getSchemas().values()
                .forEach(schema -> inlineNullableValues(schema, openAPI.getComponents().getSchemas()));
        if (openAPI.getPaths() != null) {
            ParameterSchemas.inline(openAPI);
            ResponseSchemas.dropUnreferenced(openAPI);
        }
    }

    /**
     * A nullable property of a value type with its own schema (UUID, Instant) is modelled as
     * anyOf [$ref, null], which OpenAPI 3.0 output turns into allOf [$ref] + nullable, where the
     * referenced schema still refuses null; so such properties get the value schema inline. The same
     * holds for a nullable object (a missing neighbour, an unknown speaker): its properties are inlined.
     */
    private static void inlineNullableValues(Schema schema, Map<String, Schema> schemas) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            List<Schema> anyOf = property.getAnyOf();
            if (anyOf == null || anyOf.size() != 2 || anyOf.stream()
                    .noneMatch(s -> List.of(Schema.SchemaType.NULL).equals(s.getType()))) {
                continue;
            }
            Schema value = anyOf.stream().map(Schema::getRef).filter(Objects::nonNull).findFirst()
                    .map(ref -> schemas.get(ref.substring(ref.lastIndexOf('/') + 1))).orElse(null);
            if (value != null && value.getType() != null && value.getType().contains(Schema.SchemaType.OBJECT)) {
                property.setAnyOf(null);
                property.setType(List.of(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL));
                property.setProperties(value.getProperties());
                property.setRequired(value.getRequired());
                if (property.getDescription() == null) {
                    property.setDescription(value.getDescription());
                }
            } else if (value != null && value.getType() != null) {
                List<Schema.SchemaType> types = new ArrayList<>(value.getType());
                types.add(Schema.SchemaType.NULL);
                property.setAnyOf(null);
                property.setType(types);
                property.setFormat(value.getFormat());
                property.setPattern(value.getPattern());
            }
        }
    }

    /** Operations that need a key (their own security requirement, or the document's) can answer 401 and 403. */
    private static void authProblems(Operation operation, List<SecurityRequirement> global) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : global;
        if (security == null || security.isEmpty() || security.stream()
                .anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty())) {
            return;
        }
        problem(operation.getResponses(), "401", "No valid API key (Authorization: Bearer …)");
        problem(operation.getResponses(), "403", "The API key's role does not allow this");
    }
}
