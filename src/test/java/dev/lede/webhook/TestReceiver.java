package dev.lede.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

/** A webhook receiver on a free local port: answers each event with the status it is told, and keeps those it accepts (2xx). */
final class TestReceiver implements AutoCloseable {
    record Received(String body, Headers headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    TestReceiver(ToIntFunction<Received> answer) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            Received event = new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders());
            int status = answer.applyAsInt(event);
            if (status / 100 == 2) {
                received.add(event);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** How many accepted events contain this text (an id). */
    long count(String text) {
        return received.stream().filter(r -> r.body().contains(text)).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
