package dev.lede.database.replica;

import dev.lede.Eventually;
import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Lede on a real primary and streaming standby (.ci/with-replica.sh): public reads (anonymous or with a
 * reader key) are answered by the standby, editors' by the primary; a writer reads its write at once however
 * far the standby lags; reads go on, with Lede ready, while the standby is down.
 */
@QuarkusTest
@Tag("replica")
class ReadReplicaTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern REPLICA_READS = Pattern.compile("lede_replica_reads_total\\{served_by=\"replica\"[^}]*} ([0-9.E]+)");
    private static final AtomicInteger DISTINCT = new AtomicInteger();
    private static final String[] OPTIONAL_FIELDS = {"slug", "standfirst", "section", "tags", "authors", "body", "publishedAt", "wordCount"};

    static ExtractableResponse<Response> create(String headline) {
        return as(EDITOR).contentType("application/json").body("""
                {"headline":"%s","standfirst":"A short summary.","section":"Replicas","status":"published",
                 "body":[{"type":"paragraph","text":"The standby streams the primary's WAL."}]}""".formatted(headline))
                .post("/api/v1/articles").then().statusCode(201).extract();
    }

    /** An anonymous read of the article, with fields no read asked for before (so no cache answers it). */
    static ExtractableResponse<Response> read(String slug) {
        int n = DISTINCT.incrementAndGet();
        StringBuilder fields = new StringBuilder("headline");
        for (int bit = 0; bit < OPTIONAL_FIELDS.length; bit++) {
            if ((n & 1 << bit) != 0) {
                fields.append(',').append(OPTIONAL_FIELDS[bit]);
            }
        }
        return given().get("/api/v1/articles/{slug}?fields={fields}", slug, fields.toString()).then().extract();
    }

    /** An anonymous search for a word no search asked for before: always rendered from the database. */
    static ExtractableResponse<Response> search(String words) {
        return given().get("/api/v1/search?q={q}", words).then().extract();
    }

    /** A word of letters only (the search splits digits from letters). */
    static String word() {
        StringBuilder w = new StringBuilder();
        ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> w.append((char) c));
        return w.toString();
    }

    static double replicaReads() {
        Matcher m = REPLICA_READS.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void publicReadsAreAnsweredByTheStandby() throws InterruptedException {
        String word = word();
        String headline = "Standby answers " + word;
        String slug = create(headline).path("slug");
        Eventually.await("the standby to replay the new article", WAIT, () -> Standby.holds(slug));
        long statements = Standby.articleStatements();
        double counted = replicaReads();
        for (int i = 0; i < 5; i++) {
            read(slug).response().then().statusCode(200).body("headline", is(headline));
            search(word() + " or " + word).response().then().statusCode(200).body("data.article.slug", contains(slug));
        }
        assertThat("statements the standby ran", Standby.articleStatements() - statements, greaterThanOrEqualTo(10L));
        assertThat("reads Lede counts as the replica's", replicaReads() - counted, greaterThanOrEqualTo(10.0));
    }

    @Test
    void readsWithAReaderKeyGoToTheStandbyAndEditorsReadsToThePrimary() throws InterruptedException {
        String word = word();
        String slug = create("Keyed reads " + word).path("slug");
        Eventually.await("the standby to replay the new article", WAIT, () -> Standby.holds(slug));
        long statements = Standby.articleStatements();
        for (int i = 0; i < 5; i++) {
            as(EDITOR).get("/api/v1/search?q={q}", word() + " or " + word).then().statusCode(200).body("data.article.slug", contains(slug));
        }
        assertThat("statements the standby ran for an editor", Standby.articleStatements() - statements, is(0L));
        for (int i = 0; i < 5; i++) {
            as(Fixtures.READER).get("/api/v1/search?q={q}", word() + " or " + word).then().statusCode(200).body("data.article.slug", contains(slug));
        }
        assertThat("statements the standby ran for a reader", Standby.articleStatements() - statements, greaterThanOrEqualTo(5L));
    }

    @Test
    void aWriterReadsItsWritesAtOnceWhileTheStandbyLags() {
        Standby.control("pause");
        try {
            String word = word();
            String headline = "Lagging standby " + word;
            var created = create(headline);
            String slug = created.path("slug");
            as(EDITOR).get("/api/v1/articles/{slug}", slug).then().statusCode(200).body("headline", is(headline));
            read(slug).response().then().statusCode(200).body("headline", is(headline));
            search(word).response().then().statusCode(200).body("data.article.slug", contains(slug));
            given().get("/api/v1/articles?section=replicas&limit=100").then().statusCode(200).body("data.slug", hasItem(slug));

            as(EDITOR).header("If-Match", created.header("ETag")).contentType("application/merge-patch+json; charset=utf-8")
                    .body("{\"standfirst\":\"Written while the standby lagged.\"}").patch("/api/v1/articles/{s}", slug)
                    .then().statusCode(200);
            read(slug).response().then().statusCode(200).body("headline", is(headline));
            given().get("/api/v1/articles/{slug}?fields=standfirst", slug).then().statusCode(200)
                    .body("standfirst", is("Written while the standby lagged."));
            assertThat("the standby has the article, so the reads above may have been its own", Standby.holds(slug), is(false));
        } finally {
            Standby.control("resume");
        }
    }

    @Test
    void readsGoOnAndLedeStaysReadyWhileTheStandbyIsDown() throws InterruptedException {
        String word = word();
        String headline = "Standby down " + word;
        String slug = create(headline).path("slug");
        Eventually.await("the standby to answer a read", WAIT, () -> {
            double before = replicaReads();
            search(word()).response().then().statusCode(200);
            return replicaReads() > before;
        });
        Standby.control("stop");
        try {
            for (int i = 0; i < 5; i++) {
                read(slug).response().then().statusCode(200).body("headline", is(headline));
                search(word).response().then().statusCode(200).body("data.article.slug", contains(slug));
            }
            Eventually.await("readiness to show the replica down", WAIT, () -> "down".equals(replicaStatus()));
            given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
            double counted = replicaReads();
            read(slug).response().then().statusCode(200).body("headline", is(headline));
            assertThat("reads Lede counts as the replica's while it is down", replicaReads(), is(counted));
        } finally {
            Standby.control("start");
        }
        Eventually.await("readiness to show the replica up again", WAIT, () -> "up".equals(replicaStatus()));
        Eventually.await("the standby to answer reads again", WAIT, () -> {
            double before = replicaReads();
            read(slug).response().then().statusCode(200).body("headline", is(headline));
            return replicaReads() > before;
        });
    }

    static String replicaStatus() {
        return given().get("/q/health/ready").then().statusCode(200)
                .extract().path("checks.find { it.name == 'Read replica' }.data.status");
    }
}
