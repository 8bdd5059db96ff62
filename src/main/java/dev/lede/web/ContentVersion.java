package dev.lede.web;

import dev.lede.database.DatabaseConfig;
import dev.lede.database.replica.Primary;
import dev.lede.problem.DatabaseFailures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The database's content version, bumped by triggers in the same transaction as every content
 * change. Reading it at most once per refresh interval lets every replica keep rendered
 * representations in memory and still notice other replicas' writes within that interval. It is
 * always read on the primary, with the primary's WAL position when the version was first seen: a read
 * replica that has replayed that far holds the content of that version (see {@link PublicReadReplica}).
 */
@ApplicationScoped
public class ContentVersion {
    public record State(long version, Instant changedAt, long walPosition) {
    }

    private final AgroalDataSource dataSource;
    private final long refreshNanos;
    private final Duration lockWait;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile State state;
    private volatile long checkedAt;
    private volatile long failedAt;
    private volatile boolean failed;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "content-version-refresh");
        t.setDaemon(true);
        return t;
    });

    public ContentVersion(@Primary AgroalDataSource dataSource,
                          CacheConfig config, DatabaseConfig database) {
        this.dataSource = dataSource;
        this.refreshNanos = config.refreshInterval().toNanos();
        this.lockWait = database.statementTimeout();
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

    /**
     * The WAL position that goes with a version: the one read when this Lede first saw it, so that reads
     * need not wait for a replica to replay writes that changed no content; a fresh one after
     * {@link #invalidate()} (this Lede's own write, content or not).
     */
    private long walPosition(State fresh) {
        State known = state;
        return known != null && known.version() == fresh.version() ? known.walPosition() : fresh.walPosition();
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

    /**
     * One reader at a time asks the database; the others wait for its answer, but never longer than a
     * statement may take, and a read that just failed fails theirs too: with the database frozen or
     * down, every request gets its 503 within the time limit instead of queueing behind the lock.
     */
    private State refresh() {
        try {
            if (!reading.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw DatabaseFailures.unavailable("The content version could not be read in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DatabaseFailures.unavailable("Interrupted while waiting for the content version");
        }
        try {
            // another thread may have refreshed, or failed to, while this one waited for the lock
            if (state != null && !isDue() && refreshNanos > 0) {
                return state;
            }
            if (refreshNanos > 0 && failed && System.nanoTime() - failedAt < refreshNanos) {
                throw DatabaseFailures.unavailable("The content version could not be read just now");
            }
            return read();
        } finally {
            reading.unlock();
        }
    }

    private State read() {
        reading.lock();
        try (Connection c = dataSource.getConnection()) {
            State read = ContentStateSql.read(c);
            State fresh = new State(read.version(), read.changedAt(), walPosition(read));
            state = fresh;
            checkedAt = System.nanoTime();
            failed = false;
            return fresh;
        } catch (SQLException e) {
            failedAt = System.nanoTime();
            failed = true;
            throw new IllegalStateException("Could not read the content version", e);
        } finally {
            reading.unlock();
        }
    }
}
