package dev.lede.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The content_state row, read with plain JDBC: the content version is asked for on every read, outside any entity;
 * with the primary's WAL insert position (0 on a standby), which a read replica must have replayed to hold it.
 */
final class ContentStateSql {
    private ContentStateSql() {
    }

    static ContentVersion.State read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version, changed_at, case when pg_is_in_recovery() then 0 "
                     + "else pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint end from content_state")) {
            rs.next();
            return new ContentVersion.State(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3));
        }
    }
}
