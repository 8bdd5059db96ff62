package dev.lede.database;

import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Settings of the database session: for the current transaction, or for a connection's whole life. */
final class SessionSql {
    private SessionSql() {
    }

    /** {@code SET LOCAL}: the setting and value are ours, never a client's. */
    static void setLocal(EntityManager em, String setting, String value) {
        em.createNativeQuery("set local " + setting + " = " + value).executeUpdate();
    }

    /** The longest any statement on this connection may run, from now on. */
    static void setStatementTimeout(Connection connection, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set statement_timeout = " + timeout.toMillis());
        }
    }
}
