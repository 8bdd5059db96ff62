package dev.lede.problem;

import java.util.List;

/** A failure with a known HTTP status and a message meant for the client. */
public class ApiException extends RuntimeException {
    private final int status;
    private final List<Problem.FieldError> errors;
    private String currentEtag;

    public ApiException(int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = errors;
    }

    public ApiException(int status, String detail) {
        this(status, detail, null);
    }

    public static ApiException invalidParameter(String name, String message) {
        return new ApiException(400, "Invalid parameter '" + name + "': " + message,
                List.of(new Problem.FieldError(name, message)));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, detail);
    }

    /** 412: the client's If-Match is stale; the problem names the current ETag. */
    public static ApiException preconditionFailed(String currentEtag) {
        ApiException e = new ApiException(412, "The resource changed since you read it (If-Match does not match): "
                + "fetch it again, or retry with the currentEtag");
        e.currentEtag = currentEtag;
        return e;
    }

    public String currentEtag() {
        return currentEtag;
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
