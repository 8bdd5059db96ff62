package dev.lede.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(description = "A URI reference identifying the problem type", example = "about:blank") String type,
        @Schema(description = "The HTTP reason phrase", example = "Not Found") String title,
        @Schema(description = "The HTTP status code", example = "404") int status,
        @Schema(description = "What went wrong, for humans", example = "No article with slug or id 'nope'")
                String detail,
        @Schema(description = "The request path this problem occurred on", example = "/api/v1/articles/nope")
                String instance,
        @Schema(nullable = true,
                description = "For invalid requests: one entry per offending field or parameter; otherwise null")
                List<FieldError> errors,
        @Schema(nullable = true,
                description = "For 412 Precondition Failed: the resource's current ETag, to fetch or retry with; "
                + "otherwise null", example = "\"3q2-7wEjX9Zb0Kk1m0u8YV5gVXc\"") String currentEtag) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    @Schema(name = "FieldError")
    public record FieldError(@Schema(description = "The parameter or field", example = "limit") String field,
                             @Schema(description = "What is wrong with it", example = "must be between 1 and 100")
                                     String message) {
    }
}
