package dev.lede.database;

import jakarta.persistence.EntityManager;

/** Settings of the database session, for the current transaction only. */
final class SessionSql {
    private SessionSql() {
    }

    /** {@code SET LOCAL}: the setting and value are ours, never a client's. */
    static void setLocal(EntityManager em, String setting, String value) {
        em.createNativeQuery("set local " + setting + " = " + value).executeUpdate();
    }
}
