package dev.lede.database;

import dev.lede.common.ServingConfig;
import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A time limit on every statement of the pooled connections, reads as writes: PostgreSQL cancels a
 * statement that runs longer than {@code lede.database.statement-timeout}, and the client gives up half
 * a second later when the server does not answer at all (a frozen or unreachable server), so a request
 * meets a 503 instead of waiting without end. Migrations use their own connection and no limit, and so do
 * the one-off commands, whose batches (a COPY of a thousand articles, a wait for another import's batch)
 * may well take longer and answer no request.
 */
@ApplicationScoped
public class DatabaseTimeouts implements AgroalPoolInterceptor {
    private static final Duration CLIENT_GRACE = Duration.ofMillis(500);

    private final Duration statementTimeout;
    private final boolean serving;

    @Inject
    public DatabaseTimeouts(DatabaseConfig config, ServingConfig serving) {
        this(config.statementTimeout(), serving.serving());
    }

    DatabaseTimeouts(Duration statementTimeout, boolean serving) {
        this.statementTimeout = statementTimeout;
        this.serving = serving;
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        if (!serving) {
            return; // a one-off command (import, generate) answers no request; its batches may take longer
        }
        try {
            SessionSql.setStatementTimeout(connection, statementTimeout);
            connection.setNetworkTimeout(Runnable::run, (int) statementTimeout.plus(CLIENT_GRACE).toMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the statement time limit on a new connection", e);
        }
    }
}
