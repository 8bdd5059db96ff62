package dev.lede.database.replica;

import dev.lede.problem.DatabaseFailures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The read replica ({@code lede.datasource.read.url}), when there is one: its pool, whether it answers
 * (asked once a second in the background, and marked down at once when a read loses its connection), and
 * how far each of its servers has replayed the primary's WAL. That is asked per connection, since the
 * read URL may name a service in front of several standbys, each with its own lag.
 */
@ApplicationScoped
public class Replica {
    private static final Logger LOG = Logger.getLogger(Replica.class);
    private static final long CHECK_INTERVAL_MS = 1000;

    private final AgroalDataSource pool;
    private final ReplayPositions replayed = new ReplayPositions();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "read-replica-check");
        t.setDaemon(true);
        return t;
    });
    private volatile ReplicaState state;

    public Replica(ReplicaConfig config, @DataSource("read") InjectableInstance<AgroalDataSource> read) {
        this.pool = config.url().isPresent() ? read.get() : null;
        this.state = pool == null ? ReplicaState.NOT_CONFIGURED : ReplicaState.down("not checked yet");
    }

    void start(@Observes StartupEvent start) {
        if (pool != null) {
            checker.scheduleWithFixedDelay(this::check, 0, CHECK_INTERVAL_MS, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        checker.shutdownNow();
    }

    public boolean configured() {
        return pool != null;
    }

    /** Whether reads may try the replica now: configured, and answering at its last check. */
    boolean usable() {
        return pool != null && state.up();
    }

    public ReplicaState state() {
        return state;
    }

    /**
     * Whether the replica server that the pool hands this thread (the one its next connections most
     * likely come from) has replayed the WAL up to {@code walPosition}: asked before a read, outside any
     * transaction, so that a lagging replica costs no failed read.
     */
    boolean caughtUp(long walPosition) {
        try (Connection c = pool.getConnection()) {
            return replayed.at(c, walPosition) >= walPosition;
        } catch (SQLException e) {
            if (DatabaseFailures.lostConnection(e)) {
                markDown(e.getMessage());
            }
            return false;
        }
    }

    /**
     * A replica connection whose server has replayed the WAL up to what the read must see; null outside a
     * read or when the replica is not usable. A server behind it, or a failure, throws, and the read runs
     * again on the primary (the connection may already belong to the read's transaction, so it cannot be
     * swapped for a primary one here).
     */
    Connection connectionFor(ReplicaReads.Scope read) throws SQLException {
        if (read == null || !usable()) {
            return null;
        }
        read.usedReplica = true;
        Connection c;
        try {
            c = pool.getConnection();
        } catch (SQLException e) {
            if (DatabaseFailures.lostConnection(e)) {
                markDown(e.getMessage());
            }
            throw new ReplicaUnavailable("No connection to the read replica: " + e.getMessage(), e);
        }
        try {
            if (replayed.at(c, read.walPosition) < read.walPosition) {
                throw new ReplicaUnavailable("The read replica has not replayed the primary's WAL far enough", null);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Whether a read failed because of the replica: it lagged, its connection failed (then it is down until
     * the next check says otherwise), or the standby cancelled the query to replay the primary's WAL (40001).
     */
    boolean isItsFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ReplicaUnavailable) {
                return true;
            }
            if (t instanceof SQLException sql && DatabaseFailures.lostConnection(sql)) {
                markDown("a read lost its connection: " + sql.getMessage());
                return true;
            }
            if (t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void check() {
        try (Connection c = pool.getConnection()) {
            long position = StandbySql.replayPosition(c);
            if (position < 0) {
                markDown("the server is not a standby (it replays no primary's WAL)");
                return;
            }
            if (!state.up()) {
                LOG.infof("Read replica up: public reads go to it once it has caught up with the primary");
            }
            state = ReplicaState.up(position);
        } catch (SQLException | RuntimeException e) {
            markDown(e.getMessage());
        }
    }

    private void markDown(String why) {
        if (state.up()) {
            LOG.warnf("Read replica down, reads go to the primary: %s", why);
            pool.flush(AgroalDataSource.FlushMode.ALL); // its connections are likely broken too
        }
        state = ReplicaState.down(why);
    }
}
