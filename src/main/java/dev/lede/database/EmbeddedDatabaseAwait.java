package dev.lede.database;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The migrations at start are the first to connect, so they wait here for an embedded database that
 * is still starting in the background; with a configured database there is nothing to wait for.
 */
@Singleton
public class EmbeddedDatabaseAwait implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        EmbeddedDatabase.awaitStarted();
    }
}
