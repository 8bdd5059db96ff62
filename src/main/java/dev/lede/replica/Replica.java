package dev.lede.replica;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
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
    /** The WAL position each standby server (a physical connection to it) was last seen to have replayed. */
    private final Cache<Object, Long> replayed = Caffeine.newBuilder().weakKeys().build();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "read-replica-check");
        t.setDaemon(true);
        return t;
    });
    private volatile ReplicaState state;

    public Replica(@ConfigProperty(name = "lede.datasource.read.url") Optional<String> url,
                   @DataSource("read") InjectableInstance<AgroalDataSource> read) {
        this.pool = url.isPresent() ? read.get() : null;
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
            return replayedAt(c, walPosition) >= walPosition;
        } catch (SQLException e) {
            if (lostConnection(e)) {
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
            if (lostConnection(e)) {
                markDown(e.getMessage());
            }
            throw new ReplicaUnavailable("No connection to the read replica: " + e.getMessage(), e);
        }
        try {
            if (replayedAt(c, read.walPosition) < read.walPosition) {
                throw new ReplicaUnavailable("The read replica has not replayed the primary's WAL far enough yet", null);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private long replayedAt(Connection c, long wanted) throws SQLException {
        Object server = c.unwrap(PGConnection.class);
        Long known = replayed.getIfPresent(server);
        if (known != null && known >= wanted) {
            return known;
        }
        long now = replayPosition(c);
        replayed.put(server, now);
        return now;
    }

    /** How far this standby has replayed the WAL; -1 when it is no standby (it could be any server). */
    private static long replayPosition(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint")) {
            rs.next();
            long position = rs.getLong(1);
            return rs.wasNull() ? -1 : position;
        }
    }

    /** Whether a read failed because of the replica: it lagged, or its connection failed. */
    boolean isItsFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ReplicaUnavailable) {
                return true;
            }
            if (t instanceof SQLException sql && lostConnection(sql)) {
                markDown("a read lost its connection: " + sql.getMessage());
                return true;
            }
        }
        return false;
    }

    /** 08: connection exceptions; 57P: the server shuts down or starts; 40001: a query cancelled by a recovery conflict. */
    private static boolean lostConnection(SQLException sql) {
        String code = sql.getSQLState();
        return code != null && (code.startsWith("08") || code.startsWith("57P") || code.equals("40001"));
    }

    private void check() {
        try (Connection c = pool.getConnection()) {
            long position = replayPosition(c);
            state = position < 0 ? ReplicaState.down("the server is not a standby (it is not replaying a primary's WAL)")
                    : ReplicaState.up(position);
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
