package dev.lede.webhook;

import dev.lede.Eventually;
import dev.lede.common.Sha256;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * An event whose receiver is down is not lost when Lede stops: the packaged jar is started on its
 * embedded database, fails to deliver, is stopped, and delivers the event, signed, once started again
 * on the same data. Runs after packaging (failsafe), as it needs the jar and a real process restart.
 */
class WebhookRestartIT {
    static final String KEY = "restart-test-admin-key";
    static final String SECRET = "restart-test-secret-0123456789";
    static final Duration WAIT = Duration.ofSeconds(90);

    volatile boolean receiverDown = true;
    final TestReceiver receiver = new TestReceiver(event -> receiverDown ? 503 : 204);
    Path data;
    Path log;
    int port;
    Process lede;

    @BeforeEach
    void setUp() throws IOException {
        data = Files.createTempDirectory("lede-restart-");
        log = Files.createTempFile("lede-restart-", ".log");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        stopLede();
        receiver.close();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anEventWrittenWhileTheReceiverIsDownIsDeliveredAfterARestart() throws Exception {
        startLede();
        String webhook = api().contentType("application/json")
                .body(Map.of("url", receiver.url(), "events", List.of("created"), "secret", SECRET))
                .post("/webhooks").then().statusCode(201).extract().path("id");
        String article = api().contentType("application/json").body("""
                        {"headline":"An event that waits out a restart","section":"News","status":"published",
                         "body":[{"type":"paragraph","text":"Written while the receiver is down."}]}""")
                .post("/articles").then().statusCode(201).extract().path("id");
        Eventually.await("a failed delivery attempt", WAIT, () -> api().get("/webhooks/" + webhook).then().extract()
                .<Integer>path("failing") > 0);
        assertThat(receiver.received, empty());

        stopLede();
        receiverDown = false;
        startLede();

        Eventually.await("the event delivered after the restart", WAIT, () -> receiver.count(article) > 0);
        TestReceiver.Received event = receiver.received.stream().filter(r -> r.body().contains(article)).findFirst().orElseThrow();
        assertThat(event.header("X-Lede-Signature"), equalTo("sha256=" + WebhookSender.hmac(SECRET, event.body().getBytes(StandardCharsets.UTF_8))));
        // the receiver has the event before Lede has its answer, so the log of attempts may lag a moment behind
        String attempts = "data.findAll { it.deliveryId == '%s' }.delivered".formatted(event.header("X-Lede-Delivery"));
        Eventually.await("the successful attempt logged", WAIT, () -> api().get("/webhooks/" + webhook + "/deliveries")
                .then().extract().<List<Boolean>>path(attempts).contains(true));
        api().get("/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                // the attempt that failed before the restart and the one that succeeded after it, under one delivery id
                .body(attempts, hasItems(false, true));
    }

    RequestSpecification api() {
        return RestAssured.given().baseUri("http://127.0.0.1:" + port).basePath("/api/v1")
                .header("Authorization", "Bearer " + KEY);
    }

    void startLede() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of(
                "LEDE_EMBEDDED_DATABASE_DATA_DIR", data.toString(),
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "LEDE_SECURITY_KEYS", "admin:" + Sha256.hex(KEY),
                "LEDE_WEBHOOKS_ALLOW_PRIVATE", "true",
                "LEDE_WEBHOOKS_RETRY_BASE", "1s"));
        lede = builder.start();
        Eventually.await("Lede to be ready (log: " + log + ")", WAIT, () -> {
            try {
                return lede.isAlive() && RestAssured.given().baseUri("http://127.0.0.1:" + port).get("/q/health/ready").statusCode() == 200;
            } catch (Exception notYetListening) {
                return false;
            }
        });
    }

    void stopLede() throws InterruptedException {
        if (lede != null && lede.isAlive()) {
            lede.destroy(); // SIGTERM: the graceful stop a replica gets
            if (!lede.waitFor(30, TimeUnit.SECONDS)) {
                lede.destroyForcibly().waitFor();
            }
        }
    }
}
