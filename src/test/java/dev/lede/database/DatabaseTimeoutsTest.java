package dev.lede.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A serving Lede's connections have the statement time limit; a one-off command's do not. */
@QuarkusTest
class DatabaseTimeoutsTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyPooledConnectionOfAServingLedeHasTheLimit() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertEquals("3s", setting(c, "statement_timeout"));
            assertEquals(3_500, c.getNetworkTimeout());
        }
    }

    @Test
    void aOneOffCommandsConnectionsHaveNone() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class))) {
            new DatabaseTimeouts(Duration.ofSeconds(3), false).onConnectionCreate(c);
            assertEquals("0", setting(c, "statement_timeout"));
            assertEquals(0, c.getNetworkTimeout());
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
