package dev.lede.database.replica;

import java.sql.SQLException;

/** The replica could not serve a read (it lagged, or gave no connection): the read runs again on the primary. */
final class ReplicaUnavailable extends SQLException {
    ReplicaUnavailable(String why, Throwable cause) {
        super(why, null, cause);
    }
}
