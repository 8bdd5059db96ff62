package dev.lede.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/** Turns every exception into an application/problem+json response; nothing else reaches the client. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return Problems.response(
                new Problem("about:blank", Problems.reasonPhrase(e.status()), e.status(), e.getMessage(),
                path(uri), e.errors(), e.currentEtag()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problems.response(400, "The request is not valid: see errors", path(uri), errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return api(JsonBodies.notJson(e), uri);
    }

    /** Well-formed JSON of the wrong shape in a bound body: Quarkus would answer an empty 400. */
    @ServerExceptionMapper
    public Response wrongJsonShape(MismatchedInputException e, UriInfo uri) {
        return api(JsonBodies.wrongShape(e), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Problems.response(404, "There is nothing at " + path(uri), path(uri), null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        Response problem = Problems.response(405, "Method " + request.getMethod() + " is not allowed on " + path(uri)
                + (allow == null ? "" : "; allowed: " + allow), path(uri), null);
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri, HttpHeaders headers) {
        return Problems.response(406, "This resource is not available in any media type that Accept names ("
                + headers.getHeaderString(HttpHeaders.ACCEPT) + "); the API reference lists the ones it has", path(uri),
                        null);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        return Problems.response(415, "Content type " + headers.getMediaType() + " is not supported here", path(uri),
                null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ApiException problem) {
            return api(problem, uri); // a query parameter its converter could not read (web.TypedParameters)
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps what it could not parse
            return json instanceof MismatchedInputException shape ? wrongJsonShape(shape, uri)
                    : malformedJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return Problems.response(status, "The server could not complete the request", path(uri), null);
        }
        return Problems.response(status, "The request could not be processed: " + Problems.reasonPhrase(status),
                path(uri), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warn("Database unavailable on " + path(uri) + ": " + e.getMessage());
            return Response.fromResponse(
                    Problems.response(503, "The database is unavailable; try again shortly", path(uri), null))
                    .header("Retry-After", "5").build();
        }
        String refused = DatabaseFailures.refusedValue(e);
        if (refused != null) {
            return Problems.response(400, refused, path(uri), null);
        }
        if (ClientFailures.clientCaused(e)) {
            // a client that went away or sent too much: nothing for an operator to act on
            LOG.debugf("Client-caused failure on %s: %s", path(uri), e);
            int status = ClientFailures.tooLarge(e) ? 413 : 400;
            return Problems.response(status, ClientFailures.detail(status, e), path(uri), null);
        }
        LOG.error("Unexpected failure on " + path(uri), e);
        return Problems.response(500, "The server could not complete the request", path(uri), null);
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    private static String field(ConstraintViolation<?> violation) {
        // "list.limit" or "create.arg0.headline": the last node names what the client sent
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
