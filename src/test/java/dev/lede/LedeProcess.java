package dev.lede;

import io.restassured.RestAssured;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar run as a process on a throwaway embedded database, for the *IT tests: it can be
 * stopped, killed (with its database) and started again on the same data. The log goes to a file
 * under target/it-logs.
 */
public final class LedeProcess implements AutoCloseable {
    static final Duration START = Duration.ofSeconds(120);

    public final Path data;
    public final Path log;
    public final int port;
    private final Map<String, String> environment = new HashMap<>();
    private Process process;

    public LedeProcess(String adminKey, Map<String, String> environment) throws IOException {
        this.data = Files.createTempDirectory("lede-it-");
        // under target/, so that a failed run's log stays to be read and a clean build removes it
        this.log = Files.createTempFile(Files.createDirectories(Path.of("target", "it-logs")), "lede-", ".log");
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
        this.environment.putAll(Map.of(
                "LEDE_EMBEDDED_DATABASE_DATA_DIR", data.toString(),
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "LEDE_SECURITY_KEYS", "admin:" + dev.lede.common.Sha256.hex(adminKey)));
        this.environment.putAll(environment);
    }

    /** Starts the jar and waits until it is ready. */
    public LedeProcess start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        Eventually.await("Lede to be ready (log: " + log + ")", START, () -> {
            try {
                return process.isAlive() && RestAssured.given().baseUri(baseUri()).get("/q/health/ready").statusCode() == 200;
            } catch (Exception notYetListening) {
                return false;
            }
        });
        return this;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGTERM, the graceful stop a replica gets; SIGKILL if it does not stop in time. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** kill -9 of Lede alone: its embedded database is left running, an orphan. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public long pid() {
        return process.pid();
    }

    /** The embedded PostgreSQL's postmaster, as its postmaster.pid names it. */
    public OptionalLong postmaster() {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            return Files.exists(pidFile) ? OptionalLong.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())) : OptionalLong.empty();
        } catch (IOException | IndexOutOfBoundsException | NumberFormatException beingWritten) {
            return OptionalLong.empty();
        }
    }

    /** The postmaster and its children (backends, checkpointer, WAL writer, ...). */
    public Stream<ProcessHandle> databaseProcesses() {
        OptionalLong pid = postmaster();
        if (pid.isEmpty()) {
            return Stream.empty();
        }
        return ProcessHandle.of(pid.getAsLong()).map(p -> Stream.concat(Stream.of(p), p.descendants())).orElseGet(Stream::empty);
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        stop();
        for (ProcessHandle orphan : databaseProcesses().toList()) {
            orphan.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
