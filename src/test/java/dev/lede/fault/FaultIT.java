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

    @Test
    void killingLedeAndItsDatabaseUnderEightWritersLosesNoAcknowledgedWrite() throws Exception {
        try (LedeProcess lede = new LedeProcess(KEY, Map.of()).start()) {
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
            int checked = 0;
            for (Writer writer : writers) {
                for (Writer.Written w : writer.known.values()) {
                    Response article = api(lede).get("/articles/{id}", w.id());
                    assertThat("acknowledged article " + w.headline(), article.statusCode(), is(200));
                    assertThat(article.path("headline"), is(w.headline()));
                    assertThat("whole, not half-written", article.<List<String>>path("body.text"), contains(w.paragraph()));
                    assertThat("the last acknowledged standfirst, or the one in flight at the crash", article.path("standfirst"),
                            w.pendingStandfirst() == null ? is(w.ackedStandfirst()) : anyOf(is(w.ackedStandfirst()), is(w.pendingStandfirst())));
                    assertThat("its creation is in the change feed", created, hasItem(w.id()));
                    checked++;
                }
            }
            int acknowledged = writers.stream().mapToInt(w -> w.acknowledgedWrites).sum();
            System.out.printf("Crash under load: %d acknowledged writes by 8 writers (%d articles), 0 lost after kill -9 of Lede and PostgreSQL%n",
                    acknowledged, checked);
        }
    }

    @Test
    void ledeStartsAgainOnItsDataAfterBeingKilledAlone() throws Exception {
        try (LedeProcess lede = new LedeProcess(KEY, Map.of()).start()) {
            String id = api(lede).contentType("application/json").body("""
                    {"headline":"Before the kill","section":"Durability","status":"published",
                     "body":[{"type":"paragraph","text":"Written before Lede was killed."}]}""")
                    .post("/articles").then().statusCode(201).extract().path("id");
            long orphan = lede.postmaster().orElseThrow();
            lede.kill();
            assertThat("the database outlives a kill -9 of Lede", ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), is(true));

            long start = System.nanoTime();
            lede.start();
            System.out.printf("Restart after kill -9 of Lede alone: ready in %d ms, orphan postmaster stopped%n", (System.nanoTime() - start) / 1_000_000);
            assertThat("the orphan was stopped", ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), is(false));
            api(lede).get("/articles/{id}", id).then().statusCode(200).body("headline", is("Before the kill"));
        }
    }

    @Test
    void aFrozenDatabaseTurnsReadsAndReadinessInto503sWithinFiveSecondsAndTheyRecover() throws Exception {
        try (LedeProcess lede = new LedeProcess(KEY, Map.of()).start()) {
            List<String> pids = lede.databaseProcesses().map(p -> String.valueOf(p.pid())).toList();
            signal("-STOP", pids);
            long frozen = System.nanoTime();
            try {
                long read = millisUntil(frozen, () -> RestAssured.given().baseUri(lede.baseUri())
                        .get("/api/v1/search?q=frozen" + System.nanoTime()).statusCode() == 503);
                long ready = millisUntil(frozen, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/ready").statusCode() == 503);
                System.out.printf("Frozen database: reads 503 after %d ms, readiness 503 after %d ms%n", read, ready);
                assertThat(read, lessThanOrEqualTo(5_000L));
                assertThat(ready, lessThanOrEqualTo(5_000L));
                RestAssured.given().baseUri(lede.baseUri()).get("/api/v1/search?q=troops").then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", notNullValue());
            } finally {
                signal("-CONT", pids);
            }
            Eventually.await("readiness after SIGCONT", WAIT, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/ready").statusCode() == 200);
            RestAssured.given().baseUri(lede.baseUri()).get("/api/v1/search?q=troops").then().statusCode(200);
        }
    }

    @Test
    void aKilledDatabaseIsStartedAgainAndLivenessFailsWhileItCannotBe() throws Exception {
        try (LedeProcess lede = new LedeProcess(KEY, Map.of()).start()) {
            long first = lede.postmaster().orElseThrow();
            signal("-KILL", List.of(String.valueOf(first)));
            long killed = System.nanoTime();
            Eventually.await("a new postmaster", WAIT, () -> lede.postmaster().orElse(first) != first);
            Eventually.await("readiness after the restart", WAIT, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/ready").statusCode() == 200);
            System.out.printf("Killed database: started again and ready in %d ms%n", (System.nanoTime() - killed) / 1_000_000);
            api(lede).contentType("application/json").body("""
                    {"headline":"After the restart","section":"Durability","body":[{"type":"paragraph","text":"Written after."}]}""")
                    .post("/articles").then().statusCode(201);

            // a database that cannot start (its PG_VERSION gone): liveness DOWN, so the process gets restarted
            Path version = lede.data.resolve("PG_VERSION");
            Path aside = lede.data.resolve("PG_VERSION.aside");
            Files.move(version, aside);
            signal("-KILL", List.of(String.valueOf(lede.postmaster().orElseThrow())));
            Eventually.await("liveness DOWN", WAIT, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/live").statusCode() == 503);
            Files.move(aside, version);
            Eventually.await("liveness UP once it can start", WAIT, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/live").statusCode() == 200);
            Eventually.await("readiness", WAIT, () -> RestAssured.given().baseUri(lede.baseUri()).get("/q/health/ready").statusCode() == 200);
        }
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
        Eventually.await("503", WAIT, condition);
        return (System.nanoTime() - since) / 1_000_000;
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
