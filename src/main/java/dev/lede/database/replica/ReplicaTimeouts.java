package dev.lede.database.replica;

import dev.lede.database.DatabaseTimeouts;
import io.quarkus.agroal.DataSource;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The same time limits on the read replica's connections as on the primary's. */
@DataSource("read")
@Singleton
public class ReplicaTimeouts extends DatabaseTimeouts {
    public ReplicaTimeouts(@ConfigProperty(name = "lede.database.statement-timeout") Duration statementTimeout,
                           @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        super(statementTimeout, serving);
    }
}
