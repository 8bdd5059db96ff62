package dev.lede.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * The database's content version, bumped by triggers in the same transaction as every content
 * change. Reading it at most once per refresh interval lets every replica keep rendered
 * representations in memory and still notice other replicas' writes within that interval.
 */
@ApplicationScoped
public class ContentVersion {
    public record State(long version, Instant changedAt) {
    }

    private final AgroalDataSource dataSource;
    private final long refreshNanos;
    private volatile State state;
    private volatile long checkedAt;

    public ContentVersion(AgroalDataSource dataSource,
                          @ConfigProperty(name = "lede.cache.refresh-interval") Duration refreshInterval) {
        this.dataSource = dataSource;
        this.refreshNanos = refreshInterval.toNanos();
    }

    public State current() {
        State known = state;
        return known != null && !isDue() ? known : refresh();
    }

    private boolean isDue() {
        return System.nanoTime() - checkedAt >= refreshNanos;
    }

    /** Forgets the known version, so that this replica's own writes are visible at once. */
    public void invalidate() {
        state = null;
    }

    private synchronized State refresh() {
        // another thread may have refreshed while this one waited for the lock
        if (state != null && !isDue() && refreshNanos > 0) {
            return state;
        }
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version, changed_at from content_state")) {
            rs.next();
            State fresh = new State(rs.getLong(1), rs.getTimestamp(2).toInstant());
            state = fresh;
            checkedAt = System.nanoTime();
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the content version", e);
        }
    }
}
