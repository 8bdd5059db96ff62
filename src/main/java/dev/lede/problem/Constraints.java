package dev.lede.problem;

import org.hibernate.exception.ConstraintViolationException;

/** Recognises a write that lost a race against a database uniqueness constraint. */
public final class Constraints {
    /** The unique slug of an article, section, tag, author or speaker: names concurrent writers may both create. */
    public static final String ANY_SLUG = "slug_key";
    private static final int ATTEMPTS = 5;

    private Constraints() {
    }

    /**
     * Runs {@code write} (which starts its own transactions) again when it lost a race against a
     * concurrent writer on one of these unique constraints: the retry finds the winner's rows.
     */
    public static <T> T retried(java.util.function.Supplier<T> write, String... constraints) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !violated(e, constraints)) {
                    throw e;
                }
            }
        }
    }

    public static boolean violated(Throwable failure, String... constraints) {
        for (String constraint : constraints) {
            if (violatedOne(failure, constraint)) {
                return true;
            }
        }
        return false;
    }

    private static boolean violatedOne(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
