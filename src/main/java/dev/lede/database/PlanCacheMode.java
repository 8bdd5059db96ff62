package dev.lede.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs a statement under a chosen {@code plan_cache_mode}. The JDBC driver prepares a statement on
 * the server after five runs; PostgreSQL then picks between a plan made for each run's values and
 * one generic plan, and does not always pick well. {@code SET LOCAL} needs a transaction: the
 * statement joins the caller's, or gets one of its own.
 */
public enum PlanCacheMode {
    /** Planned for its values every time: where they decide the plan (a common or a rare word). */
    FORCE_CUSTOM_PLAN,
    /** Planned once: where planning costs more than the generic plan loses. */
    FORCE_GENERIC_PLAN;

    public <T> T run(EntityManager em, Supplier<T> statement) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            SessionSql.setLocal(em, "plan_cache_mode", name().toLowerCase(Locale.ROOT));
            return statement.get();
        });
    }
}
