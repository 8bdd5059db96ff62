package dev.lede.database.replica;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The streaming standby that .ci/with-replica.sh started: what it holds, what it answered, and its control script. */
final class Standby {
    private Standby() {
    }

    /** stop, start, pause (replay of the primary's WAL) or resume, through the script LEDE_TEST_STANDBY names. */
    static void control(String action) {
        try {
            Process p = new ProcessBuilder(System.getenv("LEDE_TEST_STANDBY"), action).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("standby " + action + " exited with " + p.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("standby " + action + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during standby " + action, e);
        }
    }

    /** How many statements on articles the standby has run (pg_stat_statements). */
    static long articleStatements() {
        return number("select coalesce(sum(calls), 0) from pg_stat_statements where query ilike '%article%' "
                + "and query not ilike '%pg\\_%'", null);
    }

    /** Whether the standby holds the article with this slug yet. */
    static boolean holds(String slug) {
        return number("select count(*) from article where slug = ?", slug) > 0;
    }

    private static long number(String sql, String parameter) {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("lede.datasource.read.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class));
             PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the standby", e);
        }
    }
}
