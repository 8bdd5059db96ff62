package dev.lede.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The content_state row, read with plain JDBC: the content version is asked for on every read, outside any entity. */
final class ContentStateSql {
    private ContentStateSql() {
    }

    static ContentVersion.State read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version, changed_at from content_state")) {
            rs.next();
            return new ContentVersion.State(rs.getLong(1), rs.getTimestamp(2).toInstant());
        }
    }
}
