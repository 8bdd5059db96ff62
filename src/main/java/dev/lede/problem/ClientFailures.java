package dev.lede.problem;

import io.netty.handler.codec.TooLongFrameException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/**
 * Failures the client caused rather than the server: a malformed request the HTTP layer refused, a body
 * over the limit, a client that went away. They get a 4xx (when the client is still there to read it)
 * and a DEBUG line, never an ERROR with a stack trace.
 */
public final class ClientFailures {
    private ClientFailures() {
    }

    /** The status a failure answers with: the one the HTTP layer chose, else one told by the failure itself. */
    public static int status(int chosen, Throwable failure) {
        if (chosen >= 400) {
            return chosen;
        }
        if (tooLarge(failure)) {
            return 413;
        }
        String message = message(failure);
        if (message.contains("media type")) {
            return 415;
        }
        if (failure instanceof IllegalArgumentException || message.contains("host' header") || gone(failure)) {
            return 400;
        }
        return 500;
    }

    public static String detail(int status, Throwable failure) {
        return switch (status) {
            case 400 -> message(failure).contains("host' header")
                    ? "The request has no Host header, which HTTP/1.1 requires"
                    : "The request is malformed: its path, query or headers could not be read";
            case 403 -> "This request is not allowed";
            case 404 -> "There is nothing at this path";
            case 405 -> "This method is not allowed here";
            case 408 -> "The request was not received in time";
            case 413 -> "The request body is larger than this endpoint accepts";
            case 414 -> "The request URI is too long";
            case 415 -> "The request's Content-Type is not a media type this endpoint accepts";
            case 431 -> "The request's header fields are too large";
            case 503 -> "The service is unavailable; try again shortly";
            default -> "The server could not complete the request";
        };
    }

    /** The client went away, or sent more than it may: nothing the server did wrong. */
    public static boolean clientCaused(Throwable failure) {
        return tooLarge(failure) || gone(failure);
    }

    static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TooLongFrameException || message(t).contains("request too large")) {
                return true;
            }
        }
        return false;
    }

    static boolean gone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = message(t);
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException
                    || t instanceof IOException && (message.contains("connection reset")
                            || message.contains("broken pipe"))
                    || t instanceof VertxException && message.contains("connection was closed")
                    || t instanceof IllegalStateException && message.contains("response has already been written")) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable t) {
        return t == null || t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    }
}
