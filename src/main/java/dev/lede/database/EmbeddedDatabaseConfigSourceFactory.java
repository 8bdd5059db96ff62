package dev.lede.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;

/**
 * Supplies the datasource settings of an embedded PostgreSQL when no database URL is configured.
 * The build sets the system property {@code lede.embedded-database.skip} so that packaging never
 * starts a database nor bakes a build-time URL into the jar.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {
    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (Boolean.getBoolean("lede.embedded-database.skip") || isSet(context, URL)
                || !Boolean.parseBoolean(value(context, "lede.embedded-database.enabled", "true"))) {
            return List.of();
        }
        Path dataDir = Path.of(value(context, "lede.embedded-database.data-dir", "data"));
        boolean ephemeral = Boolean.parseBoolean(value(context, "lede.embedded-database.ephemeral", "false"));
        boolean durable = Boolean.parseBoolean(value(context, "lede.embedded-database.durable", "true"));
        // Migrations at start are the first use of the database and wait for it (EmbeddedDatabaseAwait):
        // without them, the first use could come from anywhere, so the database is up before the URL is given
        boolean inBackground = Boolean.parseBoolean(value(context, "quarkus.flyway.migrate-at-start", "false"));
        return List.of(new EmbeddedDatabaseConfigSource(dataDir, ephemeral, durable, inBackground));
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }
}
