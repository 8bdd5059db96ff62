package dev.lede.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.LedeProcess;
import dev.lede.RawHttp;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the packaged jar: requests generated from the committed spec, over every operation, each wrong
 * in one way (see Mutations), sent over raw sockets. Every one must get a 4xx application/problem+json
 * answer, never a 5xx, and the log must hold no ERROR and no stack trace afterwards (the client's
 * mistakes are not the operator's). The seed is fixed so a failure can be replayed: -Dfuzz.seed=N.
 */
class FuzzIT {
    static final String KEY = "fuzz-admin-key";
    static final int REQUESTS = Integer.getInteger("fuzz.requests", 5_200);
    static final long SEED = Long.getLong("fuzz.seed", 15L);

    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger notProblems = new AtomicInteger();

    @Test
    void everyWrongRequestIsA4xxProblemAndLogsNoError() throws Exception {
        try (LedeProcess lede = new LedeProcess(KEY, Map.of()).start()) {
            List<Operation> operations = Operation.fromSpec("openapi/openapi.yaml");
            String slug = RestAssured.given().baseUri(lede.baseUri()).get("/api/v1/articles?limit=1").then().statusCode(200)
                    .extract().path("data[0].slug");
            Mutations mutations = new Mutations(new Random(SEED), KEY, slug);
            List<FuzzRequest> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(mutations.next(operations.get(i % operations.size())));
            }
            long start = System.nanoTime();
            ExecutorService senders = Executors.newFixedThreadPool(4);
            requests.forEach(request -> senders.submit(() -> check(lede.port, request)));
            senders.shutdown();
            assertTrue(senders.awaitTermination(5, TimeUnit.MINUTES), "the fuzz run finished");
            System.out.printf("FIGURE fuzz (seed %d): %d requests over all %d operations of the spec in %d s; 5xx: %d, not a problem: %d; statuses %s%n",
                    SEED, requests.size(), operations.size(), (System.nanoTime() - start) / 1_000_000_000, serverErrors.get(),
                    notProblems.get(), new TreeMap<>(statuses));
            assertEquals(List.of(), failures.stream().limit(40).toList(), failures.size() + " requests were not answered with a 4xx problem");
            List<String> errors = lede.logText().lines()
                    .filter(line -> line.contains(" ERROR [") || line.contains("\"level\":\"ERROR\"") || line.contains("\"exception\"")
                            || line.startsWith("\tat ")).limit(20).toList();
            assertEquals(List.of(), errors, "the log holds errors or stack traces (" + lede.log + ")");
        }
    }

    private void check(int port, FuzzRequest request) {
        try {
            RawHttp.Answer answer = RawHttp.send(port, request.bytes(), 30_000);
            statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
            String wrong = wrong(answer);
            if (wrong != null) {
                failures.add(request + " -> " + wrong);
            }
        } catch (IOException | RuntimeException e) {
            failures.add(request + " -> " + e);
        }
    }

    private String wrong(RawHttp.Answer answer) throws IOException {
        if (answer.status() >= 500 || answer.status() == 0) {
            serverErrors.incrementAndGet();
        }
        if (answer.status() < 400 || answer.status() > 499) {
            return "status " + answer.status() + ": " + abbreviated(answer.body());
        }
        JsonNode problem = "application/problem+json".equals(answer.contentType()) ? JsonValues.JSON.readTree(answer.body()) : null;
        if (problem == null || problem.path("status").asInt() != answer.status() || !problem.hasNonNull("title") || !problem.hasNonNull("detail")) {
            notProblems.incrementAndGet();
            return answer.status() + " " + answer.contentType() + ": " + abbreviated(answer.body());
        }
        return null;
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
