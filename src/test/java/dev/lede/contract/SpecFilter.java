package dev.lede.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Validates a request to the API and its response against the committed spec
 * (openapi/openapi.yaml), failing the test on any mismatch. A request the server rejected
 * (4xx) is expected to break the spec, so then only the response is checked: the problem
 * it returns must be documented for that status and match the Problem schema. Fields a
 * sparse fieldset ({@code fields=}) leaves out are not missing.
 */
public final class SpecFilter implements Filter {
    private static final Path SPEC = Path.of("openapi/openapi.yaml");
    private static final Path GENERATED = Path.of("target/openapi-test/openapi.yaml");
    private static final SpecFilter INSTANCE = new SpecFilter();

    private final OpenApiInteractionValidator validator;

    private SpecFilter() {
        // The parser finds its extensions through the context class loader, which Quarkus tests replace.
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(SpecFilter.class.getClassLoader());
        try {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(SPEC)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SPEC.toAbsolutePath(), e);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    /** Adds the filter to REST Assured's global filters, once. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(SpecFilter.class::isInstance)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        // CORS preflights (OPTIONS) are answered by the HTTP layer: they are not operations of the API
        if (!URI.create(request.getURI()).getPath().startsWith("/api/") || request.getMethod().equals("OPTIONS")) {
            return response;
        }
        ValidationReport report = validator.validate(RestAssuredRequest.of(request), decoded(response));
        if (response.statusCode() >= 400) {
            report = without(report, "validation.request");
        }
        String query = URI.create(request.getURI()).getRawQuery();
        if (query != null && ("&" + query).contains("&fields=")) {
            // a sparse fieldset leaves out, on purpose, fields that are otherwise always present
            report = without(report, "validation.response.body.schema.required");
        }
        if (report.hasErrors()) {
            throw new AssertionError("The " + request.getMethod() + " " + request.getURI() + " exchange (status "
                    + response.statusCode() + ") does not match " + SPEC + ":\n"
                    + SimpleValidationReportFormat.getInstance().apply(report) + staleHint());
        }
        return response;
    }

    /** The response as the validator must see it: a test that turned off decoding still gets a gzipped body checked. */
    private static com.atlassian.oai.validator.model.Response decoded(Response response) {
        byte[] body = response.asByteArray();
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return RestAssuredResponse.of(response);
        }
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode()).withContentType(response.contentType());
        response.headers().forEach(header -> builder.withHeader(header.getName(), header.getValue()));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return builder.withBody(in.readAllBytes()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("A gzip body that does not decompress", e);
        }
    }

    private static String staleHint() {
        try {
            return Files.exists(GENERATED) && Files.mismatch(SPEC, GENERATED) != -1
                    ? "\n" + SPEC + " is not the spec the code generates (" + GENERATED + "): if the API changed on purpose,"
                    + " regenerate it with mvn package -DskipTests and commit openapi/" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static ValidationReport without(ValidationReport report, String keyPrefix) {
        return ValidationReport.from(report.getMessages().stream().filter(m -> !m.getKey().startsWith(keyPrefix)).toList());
    }
}
