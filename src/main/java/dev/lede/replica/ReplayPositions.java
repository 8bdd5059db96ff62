package dev.lede.replica;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How far each standby has replayed the primary's WAL, known per physical connection (a connection
 * reaches one server for its whole life; the read URL may name a service in front of several). A
 * standby only moves forward, so a position it reached once need not be asked again.
 */
final class ReplayPositions {
    private final Cache<Object, Long> known = Caffeine.newBuilder().weakKeys().build();

    /** How far the server of this connection has replayed: at least {@code wanted} if it is known to have. */
    long at(Connection c, long wanted) throws SQLException {
        Object server = c.unwrap(PGConnection.class);
        Long seen = known.getIfPresent(server);
        if (seen != null && seen >= wanted) {
            return seen;
        }
        long now = of(c);
        known.put(server, now);
        return now;
    }

    /** How far this connection's server has replayed the WAL; -1 when it is no standby (it could be any server). */
    static long of(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint")) {
            rs.next();
            long position = rs.getLong(1);
            return rs.wasNull() ? -1 : position;
        }
    }
}
