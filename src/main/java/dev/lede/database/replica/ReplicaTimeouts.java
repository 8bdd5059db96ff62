package dev.lede.database.replica;

import dev.lede.common.ServingConfig;
import dev.lede.database.DatabaseConfig;
import dev.lede.database.DatabaseTimeouts;
import io.quarkus.agroal.DataSource;
import jakarta.inject.Singleton;

/** The same time limits on the read replica's connections as on the primary's. */
@DataSource("read")
@Singleton
public class ReplicaTimeouts extends DatabaseTimeouts {
    public ReplicaTimeouts(DatabaseConfig config, ServingConfig serving) {
        super(config, serving);
    }
}
