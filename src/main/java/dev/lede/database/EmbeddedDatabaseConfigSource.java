package dev.lede.database;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.Set;

/** Starts the embedded database when the datasource URL is first read. */
final class EmbeddedDatabaseConfigSource implements ConfigSource {
    private static final String USERNAME = "quarkus.datasource.username";
    private static final String PASSWORD = "quarkus.datasource.password";

    private final Path dataDir;
    private final boolean ephemeral;
    private final boolean durable;
    private final boolean inBackground;

    EmbeddedDatabaseConfigSource(Path dataDir, boolean ephemeral, boolean durable, boolean inBackground) {
        this.dataDir = dataDir;
        this.ephemeral = ephemeral;
        this.durable = durable;
        this.inBackground = inBackground;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(EmbeddedDatabaseConfigSourceFactory.URL, USERNAME, PASSWORD);
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case EmbeddedDatabaseConfigSourceFactory.URL ->
                    EmbeddedDatabase.jdbcUrl(dataDir, ephemeral, durable, inBackground);
            case USERNAME -> EmbeddedDatabase.USER;
            case PASSWORD -> "postgres";
            default -> null;
        };
    }

    @Override
    public int getOrdinal() {
        return 275;
    }

    @Override
    public String getName() {
        return "EmbeddedPostgreSQL";
    }
}
