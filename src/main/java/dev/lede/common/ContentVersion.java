package dev.lede.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "content-version-refresh");
        t.setDaemon(true);
        return t;
    });

    public ContentVersion(AgroalDataSource dataSource,
                          @ConfigProperty(name = "lede.cache.refresh-interval") Duration refreshInterval) {
        this.dataSource = dataSource;
        this.refreshNanos = refreshInterval.toNanos();
    }

    /** Keeps the version fresh in the background, so that readers seldom wait for the database. */
    void refreshInBackground(@Observes StartupEvent start) {
        if (refreshNanos == 0) {
            return;
        }
        refresher.scheduleWithFixedDelay(() -> {
            try {
                read();
            } catch (RuntimeException e) {
                state = null; // unknown until the database answers again
            }
        }, 0, refreshNanos / 2, TimeUnit.NANOSECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        refresher.shutdownNow();
    }

    public State current() {
        State known = state;
        return known != null && !isDue() ? known : refresh();
    }

    private boolean isDue() {
        return System.nanoTime() - checkedAt >= refreshNanos;
    }

    /**
     * The version read within the last refresh interval, without touching the database; null when
     * it is not known that recently (and always when the interval is zero, as in tests).
     */
    public State known() {
        return refreshNanos > 0 && !isDue() ? state : null;
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
        return read();
    }

    private synchronized State read() {
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
