package dev.lede.database;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

@ConfigMapping(prefix = "lede.database")
public interface DatabaseConfig {
    /** The longest a statement may run; also the longest a reader waits for a lock held by a writer. */
    Duration statementTimeout();
}
