package dev.lede.database.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What a standby says about itself. */
final class StandbySql {
    private StandbySql() {
    }

    /** How far this connection's server has replayed the WAL; -1 when it is no standby (it could be any server). */
    static long replayPosition(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint")) {
            rs.next();
            long position = rs.getLong(1);
            return rs.wasNull() ? -1 : position;
        }
    }
}
