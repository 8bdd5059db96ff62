package dev.lede.ops;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * A read that the database cannot answer in time gets a 503 problem with Retry-After once the statement
 * time limit (3 s) has passed, not after however long the database takes. (The frozen and dead database
 * are in FaultIT, on the packaged jar.)
 */
@QuarkusTest
class TimeLimitsTest {
    @Inject
    EntityManager em;

    @Test
    void aReadBlockedInTheDatabaseIsA503WithinTheStatementTimeLimit() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            // what every read asks first; a writer holding it this long is what a stuck database looks like
            em.createNativeQuery("lock table content_state in access exclusive mode").executeUpdate();
            locked.countDown();
            await(release, 15);
        }));
        try {
            await(locked, 10);
            long start = System.nanoTime();
            given().get("/api/v1/articles").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue()).body("detail", containsString("unavailable"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            org.hamcrest.MatcherAssert.assertThat("within the 3 s limit and the client's half-second grace", millis, lessThan(5_000L));
        } finally {
            release.countDown();
            holder.get(20, TimeUnit.SECONDS);
        }
        given().get("/api/v1/articles").then().statusCode(200);
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            if (!latch.await(seconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gave up waiting after " + seconds + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
