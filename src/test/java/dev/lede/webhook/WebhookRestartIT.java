package dev.lede.webhook;

import dev.lede.Eventually;
import dev.lede.LedeProcess;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
    LedeProcess lede;

    @BeforeEach
    void setUp() throws IOException {
        lede = new LedeProcess(KEY, Map.of("LEDE_WEBHOOKS_ALLOW_PRIVATE", "true", "LEDE_WEBHOOKS_RETRY_BASE", "1s"));
    }

    @AfterEach
    void tearDown() throws Exception {
        lede.close();
        receiver.close();
    }

    @Test
    void anEventWrittenWhileTheReceiverIsDownIsDeliveredAfterARestart() throws Exception {
        lede.start();
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

        lede.stop();
        receiverDown = false;
        lede.start();

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
        return RestAssured.given().baseUri(lede.baseUri()).basePath("/api/v1").header("Authorization", "Bearer " + KEY);
    }
}
