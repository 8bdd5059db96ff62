package dev.lede.common;

import java.util.List;

/** A failure with a known HTTP status and a message meant for the client. */
public class ApiException extends RuntimeException {
    private final int status;
    private final List<Problem.FieldError> errors;

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

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
