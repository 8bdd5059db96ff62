package dev.lede.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, String detail, String instance, List<Problem.FieldError> errors) {
        return response(new Problem("about:blank", reasonPhrase(status), status, detail, instance, errors));
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"lede\"");
        }
        if (problem.currentEtag() != null) {
            builder.header("ETag", problem.currentEtag());
        }
        return builder.build();
    }

    public static Problem problem(int status, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem("about:blank", reasonPhrase(status), status, detail, instance, errors);
    }

    public static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }
}
