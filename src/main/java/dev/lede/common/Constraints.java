package dev.lede.common;

import org.hibernate.exception.ConstraintViolationException;

/** Recognises a write that lost a race against a database uniqueness constraint. */
public final class Constraints {
    private Constraints() {
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
