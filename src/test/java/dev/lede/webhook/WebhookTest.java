package dev.lede.webhook;

import dev.lede.Eventually;
import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static dev.lede.Fixtures.ADMIN;
import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class WebhookTest {
    static final String SECRET = "a-secret-of-sixteen-or-more";

    @Inject
    WebhookDispatcher dispatcher;

    final AtomicInteger failuresLeft = new AtomicInteger();
    TestReceiver receiver;
    List<TestReceiver.Received> received;

    @BeforeEach
    void startReceiver() {
        receiver = new TestReceiver(event -> failuresLeft.getAndDecrement() > 0 ? 503 : 204);
        received = receiver.received;
    }

    @AfterEach
    void stopReceiver() {
        dispatcher.pause(false);
        receiver.close();
    }

    String subscribe(String... events) {
        String url = receiver.url();
        return as(ADMIN).contentType("application/json")
                .body(Map.of("url", url, "events", List.of(events), "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    static String publish(String headline) {
        return as(EDITOR).contentType("application/json").body("""
                {"headline":"%s","section":"Hooks","status":"published","body":[{"type":"paragraph","text":"Words."}]}"""
                .formatted(headline)).post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Eventually.await(what, Duration.ofSeconds(10), condition);
    }

    @Test
    void eventsArriveSignedAndARefusingReceiverGetsThemOnTheThirdAttempt() throws Exception {
        String hook = subscribe("created");
        failuresLeft.set(2);
        String id = publish(Fixtures.unique("Hooked"));
        await("delivered", () -> !received.isEmpty());
        TestReceiver.Received r = received.get(0);
        assertThat(r.body(), containsString(id));
        assertThat(r.header("X-Lede-Signature"), is("sha256=" + WebhookSender.hmac(SECRET, r.body().getBytes(StandardCharsets.UTF_8))));
        assertThat(r.header("X-Lede-Event"), is("article.created"));
        assertThat(r.header("X-Lede-Delivery"), notNullValue());
        as(ADMIN).get("/api/v1/webhooks/{id}/deliveries", hook).then().statusCode(200)
                .body("data.attempt", contains(3, 2, 1))
                .body("data.statusCode", contains(204, 503, 503))
                .body("data.delivered", contains(true, false, false))
                .body("data.deliveryId", everyItem(is(r.header("X-Lede-Delivery"))))
                .body("data[1].error", containsString("503"));
    }

    @Test
    void whatHappensWhileNoDispatcherRunsIsDeliveredInOrderWhenOneStarts() throws Exception {
        subscribe("created", "deleted");
        dispatcher.pause(true);
        Thread.sleep(500); // a round already under way ends
        String first = publish(Fixtures.unique("While down 1"));
        String second = publish(Fixtures.unique("While down 2"));
        Thread.sleep(1000);
        assertThat(received, empty());
        dispatcher.pause(false);
        await("both delivered", () -> received.size() >= 2);
        assertThat(received.get(0).body(), containsString(first));
        assertThat(received.get(1).body(), containsString(second));
    }

    @Test
    void onlyHttpUrlsAndNoInternalTargetsUnlessAllowed() {
        as(ADMIN).contentType("application/json").body(Map.of("url", "ftp://example.com/x", "events", List.of("created"), "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("url"));
        as(ADMIN).contentType("application/json").body(Map.of("url", "https://example.com/x", "events", List.of("eaten"), "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(400);
        as(EDITOR).get("/api/v1/webhooks").then().statusCode(403);
        assertThat(Targets.refusal("http://127.0.0.1:8080/x", false), containsString("loopback"));
        assertThat(Targets.refusal("http://10.1.2.3/x", false), containsString("private"));
        assertThat(Targets.refusal("http://169.254.169.254/latest", false), containsString("link-local"));
        assertThat(Targets.refusal("http://[::1]/x", false), notNullValue());
        assertThat(Targets.refusal("http://93.184.215.14/x", false), nullValue());
        assertThat(Targets.refusal("http://127.0.0.1:8080/x", true), nullValue());
    }
}
