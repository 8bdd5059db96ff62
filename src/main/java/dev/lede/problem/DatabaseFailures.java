package dev.lede.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Tells what kind of database failure a query met: one that is the server's, or one caused by what the client sent. */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /**
     * Whether the failure, a cause of it or an exception suppressed along the way (a commit that failed keeps
     * the lost connection's exception there) says the database is unavailable.
     */
    public static boolean isUnavailable(Throwable failure) {
        return isUnavailable(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isUnavailable(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (unavailable(t)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isUnavailable(suppressed, seen)) {
                return true;
            }
        }
        return isUnavailable(t.getCause(), seen);
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            // 57014: a statement cancelled at the time limit (lede.database.statement-timeout)
            return lostConnection(sql) || "57014".equals(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("Acquisition timeout");
        }
        return false;
    }

    /** Whether the server went away: a connection exception (08), or the server shutting down or starting (57P). */
    public static boolean lostConnection(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /**
     * Runs one round of a background job (publishing, webhook delivery). When the database stops answering, the
     * round fails before readiness notices; that is logged in one line, without a stack trace, since the next
     * round tries again. Any other failure propagates.
     */
    public static void tolerated(org.jboss.logging.Logger log, String job, Runnable round) {
        try {
            round.run();
        } catch (RuntimeException e) {
            if (!isUnavailable(e)) {
                throw e;
            }
            log.warnf("%s waits for the database: %s", job, rootMessage(e));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** A failure that answers 503 with Retry-After, as a lost connection does. */
    public static RuntimeException unavailable(String why) {
        return new IllegalStateException(why, new SQLTransientConnectionException(why));
    }

    /**
     * Why PostgreSQL refused a value the client sent, for the client; null when the failure is not
     * one of those: text cannot hold U+0000 (22021 character_not_in_repertoire, 22P05
     * untranslatable_character), and a timestamp has a range (22008 datetime_field_overflow).
     */
    public static String refusedValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "22021", "22P05" -> {
                        return "The request contains a character that cannot be stored or searched: the NUL character "
                                + "(U+0000)";
                    }
                    case "22008" -> {
                        return "A date or time in the request is outside the range that can be stored";
                    }
                    default -> {
                    }
                }
            }
        }
        return null;
    }
}
