package dev.lede.database.replica;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;

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
        long now = StandbySql.replayPosition(c);
        known.put(server, now);
        return now;
    }
}
