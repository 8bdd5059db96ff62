package dev.lede.database;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One in-process PostgreSQL per JVM, started on first use, in the background. Dev-mode restarts and the test
 * framework's build and run phases share it, even across the class loaders each restart brings
 * (hence the system properties); a JVM shutdown hook stops it, a postmaster orphaned by a kill -9
 * is stopped before the next start, and a {@link Supervisor} starts it again if it dies (with pg_ctl,
 * as it was started: the embedded database's own start cannot be repeated in one JVM).
 */
final class EmbeddedDatabase {
    static final String USER = "postgres";
    private static final String RUNNING = "lede.embedded-database.running-url";
    private static final String START = "lede.embedded-database.start";
    private static final String STARTING = "starting";
    private static final String STARTED = "started";
    // crash recovery after a kill -9 replays the WAL written since the last checkpoint
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    // longer than quarkus.shutdown.timeout
    private static final Duration APPLICATION_STOP_WAIT = Duration.ofSeconds(15);

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /**
     * The database's address, known before it is up: the port is chosen here and the database starts on
     * another thread, beside the rest of the boot (on a first start initdb alone takes seconds). Whatever
     * connects first calls {@link #awaitStarted()}; with {@code inBackground} false this call waits itself.
     */
    static String jdbcUrl(Path dataDir, boolean ephemeral, boolean durable, boolean inBackground) {
        String running;
        synchronized (System.class) {
            running = System.getProperty(RUNNING);
            if (running == null) {
                Path dir = directory(dataDir, ephemeral);
                int port = freePort();
                // a system property, like RUNNING, so that every class loader of this JVM sees the same start
                System.setProperty(START, STARTING);
                Thread starter = new Thread(() -> start(dir, port, durable, ephemeral), "embedded-postgres-start");
                starter.setDaemon(true);
                starter.start();
                running = "jdbc:postgresql://localhost:" + port + "/postgres?user=" + USER;
                System.setProperty(RUNNING, running);
            }
        }
        if (!inBackground) {
            awaitStarted();
        }
        return running;
    }

    /** Waits until the embedded database accepts connections; returns at once when this JVM started none. */
    static void awaitStarted() {
        String start;
        while (STARTING.equals(start = System.getProperty(START))) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the embedded PostgreSQL was starting", e);
            }
        }
        if (start != null && !start.equals(STARTED)) {
            throw new IllegalStateException(start);
        }
    }

    private static void start(Path dir, int port, boolean durable, boolean ephemeral) {
        try {
            EmbeddedPostgres pg = start(dir, port, durable);
            synchronized (System.class) {
                server = pg;
            }
            Supervisor supervisor = Supervisor.watch(port, restarter(dir));
            Runtime.getRuntime().addShutdownHook(
                    new Thread(() -> stop(supervisor, ephemeral ? dir : null), "embedded-postgres-stop"));
            System.setProperty(START, STARTED);
        } catch (RuntimeException | Error e) {
            System.setProperty(START, "The embedded PostgreSQL did not start: " + causes(e));
        }
    }

    /** Each cause's message, outermost first: the one that waits gets a message, not this thread's exception. */
    private static String causes(Throwable failure) {
        StringBuilder why = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            why.append("; caused by ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return why.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port for the embedded PostgreSQL", e);
        }
    }

    private static Path directory(Path dataDir, boolean ephemeral) {
        try {
            Path dir = ephemeral ? Files.createTempDirectory("lede-db-") : dataDir.toAbsolutePath();
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the embedded PostgreSQL's directory " + dataDir, e);
        }
    }

    /**
     * Durable: PostgreSQL's defaults, so a write acknowledged to a client survives a crash of the
     * process or the machine. Not durable: commits return before the WAL reaches the disk, for
     * throwaway data only (the tests); a crash loses acknowledged writes and can corrupt the files.
     */
    private static EmbeddedPostgres start(Path dir, int port, boolean durable) {
        try {
            OrphanPostmaster.stopIfAny(dir);
            return EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /** Starts the database again as it was started, on the same port and data, after its postmaster died. */
    private static Runnable restarter(Path dir) {
        try {
            PostmasterCommand command = PostmasterCommand.of(dir);
            return () -> command.start(dir);
        } catch (IOException | RuntimeException e) {
            return () -> {
                throw new IllegalStateException("The embedded PostgreSQL cannot be started again: " + e.getMessage());
            };
        }
    }

    private static void stop(Supervisor supervisor, Path throwaway) {
        awaitApplicationStopped();
        supervisor.stop();
        synchronized (System.class) {
            close(server);
        }
        if (throwaway != null) {
            try (Stream<Path> paths = Files.walk(throwaway)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                System.err.println("Could not delete the embedded PostgreSQL's throwaway data: " + e.getMessage());
            }
        }
    }

    /**
     * JVM shutdown hooks run together: without this wait the database stopped under Lede's own shutdown, and
     * a transaction still running then (a webhook round) failed with a stack trace at every Ctrl-C.
     */
    private static void awaitApplicationStopped() {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiter = new Thread(application::awaitShutdown, "embedded-postgres-await-stop");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(APPLICATION_STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
