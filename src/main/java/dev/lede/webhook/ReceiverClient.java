package dev.lede.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs to a webhook receiver at the address {@link Targets} checked, never at a fresh lookup of its name;
 * the URL's host still names the receiver in the Host header, TLS SNI and certificate check. Vert.x's
 * client allows that split (the JDK's does not); redirects are not followed.
 */
@ApplicationScoped
public class ReceiverClient {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final HttpClient http;

    @Inject
    public ReceiverClient(Vertx vertx) {
        this(vertx, new HttpClientOptions());
    }

    /** With other TLS trust (tests); host names are always verified and connections never reused. */
    ReceiverClient(Vertx vertx, HttpClientOptions options) {
        this.vertx = vertx;
        http = vertx.createHttpClient(options.setVerifyHost(true).setKeepAlive(false));
    }

    /** The receiver's status code, after the whole answer has arrived (its body is discarded). */
    int post(Targets.Target target, Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(target.uri().toString())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setFollowRedirects(false).setConnectTimeout(CONNECT_TIMEOUT.toMillis())
                        .setIdleTimeout(TIMEOUT.toMillis());
        headers.forEach(options::putHeader);
        CompletableFuture<Integer> status = new CompletableFuture<>();
        // On the event loop, each step's handler is in place before the network can answer; composed from this
        // worker thread, a short answer could end before its body handler was set ("Response already ended").
        vertx.runOnContext(ignored -> http.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> response.handler(chunk -> { }).end().map(done -> response.statusCode()))
                .onSuccess(status::complete)
                .onFailure(status::completeExceptionally));
        try {
            return status.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IOException(why(e.getCause()), e.getCause());
        }
    }

    /** The failure's kind and its innermost message ("SSLHandshakeException: No subject alternative DNS name matching
     * …"). */
    private static String why(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
