package dev.lede.webhook;

import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.lede.Fixtures.ADMIN;
import static dev.lede.Fixtures.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * A receiver that takes its time must not make Lede send the same events again and again: however
 * many events are waiting, no transaction may outlast the transaction timeout while sending them.
 */
@QuarkusTest
@TestProfile(WebhookSlowReceiverTest.ShortTransactions.class)
class WebhookSlowReceiverTest {
    static final int EVENTS = 4;
    static final long RESPONSE_MILLIS = 800; // four events take longer than one transaction may last

    public static class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", "2s");
        }
    }

    @Inject
    WebhookDispatcher dispatcher;

    TestReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new TestReceiver(event -> {
            try {
                Thread.sleep(RESPONSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 204;
        });
    }

    @AfterEach
    void stopReceiver() {
        dispatcher.pause(false);
        receiver.close();
    }

    @Test
    void eventsWaitingForASlowReceiverAreEachSentOnce() throws Exception {
        as(ADMIN).contentType("application/json")
                .body(Map.of("url", receiver.url(),
                        "events", List.of("created"), "secret", WebhookTest.SECRET))
                .post("/api/v1/webhooks").then().statusCode(201);
        dispatcher.pause(true);
        Thread.sleep(500); // a round already under way ends
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            ids.add(WebhookTest.publish(Fixtures.unique("Slow " + i)));
        }
        dispatcher.pause(false);

        WebhookTest.await("all events received", () -> ids.stream().allMatch(id -> receiver.count(id) > 0));
        Thread.sleep(3 * RESPONSE_MILLIS); // a repeat would be under way by now
        for (String id : ids) {
            assertThat("times " + id + " was received", receiver.count(id), is(1L));
        }
    }
}
