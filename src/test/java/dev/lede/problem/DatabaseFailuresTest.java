package dev.lede.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseFailuresTest {

    @Test
    void aLostConnectionCountsWhereverTheFailureKeepsIt() {
        SQLException postmasterGone = new SQLException("terminating connection due to unexpected postmaster exit", "57P01");
        assertTrue(DatabaseFailures.isUnavailable(new IllegalStateException("query failed", postmasterGone)));
        // a commit that failed: the rollback exception keeps the lost connection's exception as a suppressed one
        RuntimeException commit = new RuntimeException("Could not commit transaction", new IllegalStateException("rolled back"));
        commit.getCause().addSuppressed(postmasterGone);
        assertTrue(DatabaseFailures.isUnavailable(commit));
    }

    @Test
    void aFailureTheDataCausedDoesNot() {
        RuntimeException duplicate = new RuntimeException("insert failed", new SQLException("duplicate key value", "23505"));
        duplicate.addSuppressed(duplicate.getCause());
        assertFalse(DatabaseFailures.isUnavailable(duplicate));
    }
}
