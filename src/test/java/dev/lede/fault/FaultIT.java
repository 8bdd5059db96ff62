package dev.lede.fault;

import dev.lede.Eventually;
import dev.lede.LedeProcess;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Faults on the packaged jar and its embedded PostgreSQL: kill -9 of both under concurrent writes, kill
 * -9 of Lede alone, a frozen database (SIGSTOP) and a killed one. Each prints the figure it measures.
 */
class FaultIT {
    static final String KEY = "fault-admin-key";
    static final Duration WAIT = Duration.ofSeconds(60);
    /** The faults need no content but their own, and a start without the samples is quicker. */
    static final Map<String, String> NO_SAMPLES = Map.of("LEDE_SAMPLE_CONTENT_ENABLED", "false");

    @Test
    void killingLedeAndItsDatabaseUnderEightWritersLosesNoAcknowledgedWrite() throws Exception {
        try (LedeProcess lede = new LedeProcess(KEY, NO_SAMPLES).start()) {
            assertThat(setting(lede, "fsync"), is("on"));
            assertThat(setting(lede, "synchronous_commit"), is("on"));
            List<Writer> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                writers.add(new Writer(lede.baseUri(), KEY, i));
            }
            List<Thread> threads = writers.stream().map(Thread::new).toList();
            threads.forEach(Thread::start);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (writers.stream().mapToInt(w -> w.acknowledgedWrites).sum() < 200 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat("writes were acknowledged before the crash", writers.stream().mapToInt(w -> w.acknowledgedWrites).sum(), greaterThan(16));
            killAll(lede);
            writers.forEach(w -> w.running = false);
            for (Thread thread : threads) {
                thread.join(20_000);
            }
            lede.start();

            Set<String> created = createdInTheFeed(lede);
            List<String> lost = new ArrayList<>();
            int articles = 0;
            for (Writer writer : writers) {
                for (Writer.Written w : writer.known.values()) {
                    lost.addAll(lostWrites(api(lede).get("/articles/{id}", w.id()), w, created));
                    articles++;
                }
            }
            List<String> halfWritten = halfWritten(lede);
            int acknowledged = writers.stream().mapToInt(w -> w.acknowledgedWrites).sum();
            System.out.printf("FIGURE crash under load: %d writes acknowledged by 8 writers (%d articles); after kill -9 of Lede and PostgreSQL "
                    + "%d lost, %d articles half-written%n", acknowledged, articles, lost.size(), halfWritten.size());
            assertThat("acknowledged writes lost", lost, empty());
            assertThat("articles half-written", halfWritten, empty());
        }
    }

    /** What of an acknowledged article's writes is missing after the crash: each is one lost write. */
    static List<String> lostWrites(Response article, Writer.Written w, Set<String> created) {
        if (article.statusCode() != 200) {
            return List.of(w.headline() + ": " + article.statusCode());
        }
        List<String> lost = new ArrayList<>();
        if (!w.headline().equals(article.path("headline")) || !List.of(w.paragraph()).equals(article.path("body.text"))) {
            lost.add(w.headline() + ": not as created");
        }
        String standfirst = article.path("standfirst");
        if (!standfirst.equals(w.ackedStandfirst()) && !standfirst.equals(w.pendingStandfirst())) {
            lost.add(w.headline() + ": standfirst '" + standfirst + "', acknowledged '" + w.ackedStandfirst() + "'");
        }
        if (!created.contains(w.id())) {
            lost.add(w.headline() + ": not in the change feed");
        }
        return lost;
    }

    /**
     * Every article the writers' section holds after the crash, the ones in flight included, either whole (the
     * paragraph its headline's token names, a standfirst) or absent: the headlines of those that are not.
     */
    static List<String> halfWritten(LedeProcess lede) {
        List<String> half = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = api(lede).queryParam("section", "durability").queryParam("limit", 100);
            Response page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/articles");
            page.then().statusCode(200);
            for (String id : page.<List<String>>path("data.id")) {
                Response article = api(lede).get("/articles/{id}", id);
                String headline = article.path("headline");
                String token = headline.substring(headline.lastIndexOf(' ') + 1);
                if (!List.of("Paragraph of " + token + ", written whole or not at all.").equals(article.path("body.text"))
                        || article.path("standfirst") == null) {
                    half.add(headline);
                }
            }
            cursor = page.<Boolean>path("page.hasMore") ? page.path("page.nextCursor") : null;
        } while (cursor != null);
        return half;
    }

    @Test
    void ledeStartsAgainOnItsDataAfterBeingKilledAlone() throws Exception {
        int kills = 3;
        List<Long> restarts = new ArrayList<>();
        try (LedeProcess lede = new LedeProcess(KEY, NO_SAMPLES).start()) {
            for (int i = 1; i <= kills; i++) {
                String headline = "Before kill " + i;
                String id = api(lede).contentType("application/json").body("""
                        {"headline":"%s","section":"Durability","status":"published",
                         "body":[{"type":"paragraph","text":"Written before Lede was killed."}]}""".formatted(headline))
                        .post("/articles").then().statusCode(201).extract().path("id");
                long orphan = lede.postmaster().orElseThrow();
                lede.kill();
                assertThat("the database outlives a kill -9 of Lede", ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), is(true));

                long start = System.nanoTime();
                lede.start(); // fails the test if Lede is not ready on its own within two minutes
                restarts.add((System.nanoTime() - start) / 1_000_000);
                assertThat("the orphan was stopped", ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), is(false));
                api(lede).get("/articles/{id}", id).then().statusCode(200).body("headline", is(headline));
            }
        }
        System.out.printf("FIGURE restart after kill -9 of Lede alone: %d of %d restarts on the same data without help, "
                + "orphan postmaster stopped each time; ready in %s ms%n", restarts.size(), kills, restarts);
    }

    @Test
    void aFrozenDatabaseTurnsReadsAndReadinessInto503sWithinFiveSecondsAndTheyRecover() throws Exception {
        try (LedeProcess lede = new LedeProcess(KEY, NO_SAMPLES).start()) {
            List<String> pids = lede.databaseProcesses().map(p -> String.valueOf(p.pid())).toList();
            signal("-STOP", pids);
            long frozen = System.nanoTime();
            try {
                // readiness is watched while the read waits, not after it
                CompletableFuture<Long> readiness = CompletableFuture.supplyAsync(() -> millisUntilQuietly(frozen,
                        () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/ready").statusCode() == 503));
                long read = millisUntil(frozen, () -> RestAssured.given().baseUri(lede.baseUri())
                        .get("/api/v1/search?q=frozen" + System.nanoTime()).statusCode() == 503);
                long ready = readiness.get();
                System.out.printf("FIGURE frozen database (SIGSTOP): reads 503 after %d ms, readiness 503 after %d ms%n", read, ready);
                assertThat(read, lessThanOrEqualTo(5_000L));
                assertThat(ready, lessThanOrEqualTo(5_000L));
                RestAssured.given().baseUri(lede.baseUri()).get("/api/v1/search?q=troops").then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", notNullValue());
            } finally {
                signal("-CONT", pids);
            }
            long thawed = System.nanoTime();
            long recovered = millisUntil(thawed, () -> searched(lede) == 200); // 503s meanwhile
            long ready = millisUntil(thawed, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/ready").statusCode() == 200);
            System.out.printf("FIGURE frozen database: reads answer again %d ms after SIGCONT, readiness UP after %d ms%n", recovered, ready);
        }
    }

    @Test
    void aKilledDatabaseIsStartedAgainAndLivenessFailsWhileItCannotBe() throws Exception {
        try (LedeProcess lede = new LedeProcess(KEY, NO_SAMPLES).start()) {
            long first = lede.postmaster().orElseThrow();
            signal("-KILL", List.of(String.valueOf(first)));
            long killed = System.nanoTime();
            long restarted = millisUntil(killed, () -> lede.postmaster().orElse(first) != first);
            long writable = millisUntil(killed, () -> written(lede) == 201); // 503s meanwhile
            Eventually.await("readiness after the restart", WAIT, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/ready").statusCode() == 200);
            System.out.printf("FIGURE killed database (kill -9 of the postmaster): started again by Lede after %d ms, "
                    + "writes succeed again after %d ms%n", restarted, writable);

            // a database that cannot start (its PG_VERSION gone): liveness DOWN, so the process gets restarted
            Path version = lede.data.resolve("PG_VERSION");
            Path aside = lede.data.resolve("PG_VERSION.aside");
            Files.move(version, aside);
            signal("-KILL", List.of(String.valueOf(lede.postmaster().orElseThrow())));
            long doomed = System.nanoTime();
            long down = millisUntil(doomed, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/live").statusCode() == 503);
            Files.move(aside, version);
            long repaired = System.nanoTime();
            long up = millisUntil(repaired, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/live").statusCode() == 200);
            Eventually.await("readiness", WAIT, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/ready").statusCode() == 200);
            System.out.printf("FIGURE database that cannot start: liveness DOWN after %d ms; UP again %d ms after its files were back%n", down, up);
        }
    }

    /** The status of a search no answer was kept for: 200, or a 503 problem while the database is away (anything else fails). */
    static int searched(LedeProcess lede) {
        Response answer = RestAssured.given().baseUri(lede.baseUri()).get("/api/v1/search?q=thawed" + System.nanoTime());
        if (answer.statusCode() != 200) {
            answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
        }
        return answer.statusCode();
    }

    /** The status of a new article's creation: 201, or a 503 problem while the database is away (anything else fails). */
    static int written(LedeProcess lede) {
        Response answer = api(lede).contentType("application/json").body("""
                {"headline":"After the restart %d","section":"Durability","body":[{"type":"paragraph","text":"Written after."}]}"""
                .formatted(System.nanoTime())).post("/articles");
        if (answer.statusCode() != 201) {
            answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
        }
        return answer.statusCode();
    }

    static RequestSpecification api(LedeProcess lede) {
        return RestAssured.given().baseUri(lede.baseUri()).basePath("/api/v1").header("Authorization", "Bearer " + KEY);
    }

    /** kill -9 of Lede and every process of its database in one command, as a machine or container would stop. */
    static void killAll(LedeProcess lede) throws Exception {
        List<String> pids = new ArrayList<>(lede.databaseProcesses().map(p -> String.valueOf(p.pid())).toList());
        pids.add(0, String.valueOf(lede.pid()));
        signal("-KILL", pids);
        Eventually.await("every process gone", WAIT, () -> pids.stream().map(Long::parseLong)
                .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
    }

    /** Sends a signal with the shell's own kill, which every system has (Java can only send TERM and KILL). */
    static void signal(String signal, List<String> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "kill " + signal + " \"$@\"", "kill"));
        command.addAll(pids);
        assertThat("kill " + signal + " " + pids, new ProcessBuilder(command).inheritIO().start().waitFor(), is(0));
    }

    static long millisUntil(long since, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Eventually.await("the condition", WAIT, condition);
        return (System.nanoTime() - since) / 1_000_000;
    }

    static long millisUntilQuietly(long since, java.util.function.BooleanSupplier condition) {
        try {
            return millisUntil(since, condition);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Set<String> createdInTheFeed(LedeProcess lede) {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            RequestSpecification request = api(lede).queryParam("limit", 100);
            Response page = (cursor == null ? request : request.queryParam("since", cursor)).get("/changes");
            page.then().statusCode(200);
            page.<List<Map<String, String>>>path("data").stream().filter(e -> "created".equals(e.get("type"))).forEach(e -> ids.add(e.get("id")));
            cursor = page.<Boolean>path("page.hasMore") ? page.path("page.nextCursor") : null;
        } while (cursor != null);
        return ids;
    }

    /** A setting of the embedded PostgreSQL, asked directly. */
    static String setting(LedeProcess lede, String name) throws Exception {
        String port = Files.readAllLines(lede.data.resolve("postmaster.pid")).get(3).trim();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
             ResultSet rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
