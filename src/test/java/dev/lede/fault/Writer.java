package dev.lede.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One of the concurrent writers of the crash test: it creates articles and changes their standfirst,
 * and logs every write the server acknowledged, and the one it sent last without an answer (which the
 * crash may or may not have let commit).
 */
final class Writer implements Runnable {
    /** What the writer knows of one of its articles. */
    record Written(String id, String headline, String paragraph, String ackedStandfirst, String pendingStandfirst, String etag) {
        Written pending(String standfirst) {
            return new Written(id, headline, paragraph, ackedStandfirst, standfirst, etag);
        }

        Written acknowledged(String standfirst, String newEtag) {
            return new Written(id, headline, paragraph, standfirst, null, newEtag);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, Written> known = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String key;
    private final int number;
    volatile boolean running = true;
    volatile int acknowledgedWrites;

    Writer(String base, String key, int number) {
        this.base = base;
        this.key = key;
        this.number = number;
    }

    @Override
    public void run() {
        for (int n = 0; running; n++) {
            try {
                Written article = create(n);
                for (int version = 1; version <= 3 && running; version++) {
                    article = change(article, "Standfirst " + version + " of " + article.headline());
                }
            } catch (Exception serverGone) {
                return;
            }
        }
    }

    private Written create(int n) throws Exception {
        String token = UUID.randomUUID().toString();
        String headline = "Durable w" + number + " n" + n + " " + token;
        String paragraph = "Paragraph of " + token + ", written whole or not at all.";
        String body = JSON.writeValueAsString(Map.of("headline", headline, "section", "Durability", "status", "published",
                "standfirst", "Standfirst 0 of " + headline, "body", java.util.List.of(Map.of("type", "paragraph", "text", paragraph))));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("create answered " + answer.statusCode());
        }
        JsonNode created = JSON.readTree(answer.body());
        Written written = new Written(created.get("id").asText(), headline, paragraph, "Standfirst 0 of " + headline, null,
                answer.headers().firstValue("ETag").orElseThrow());
        known.put(written.id(), written);
        acknowledgedWrites++;
        return written;
    }

    private Written change(Written article, String standfirst) throws Exception {
        known.put(article.id(), article.pending(standfirst));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + article.id()))
                .header("Content-Type", "application/merge-patch+json").header("If-Match", article.etag())
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("standfirst", standfirst)))));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("change answered " + answer.statusCode());
        }
        Written changed = article.acknowledged(standfirst, answer.headers().firstValue("ETag").orElseThrow());
        known.put(changed.id(), changed);
        acknowledgedWrites++;
        return changed;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
