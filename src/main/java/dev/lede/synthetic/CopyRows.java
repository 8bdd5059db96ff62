package dev.lede.synthetic;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows for one table, written with PostgreSQL's COPY: far faster than inserts for an archive, and the table's
 * statement triggers (the content version) run once per COPY rather than once per row.
 */
final class CopyRows {
    private final String table;
    private final StringBuilder csv = new StringBuilder();

    /** @param table the table and its columns, as COPY names them: {@code quote (id, text)} */
    CopyRows(String table) {
        this.table = table;
    }

    /** A row; null is SQL null, anything else its text. */
    CopyRows add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            if (values[i] != null) {
                csv.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        csv.append('\n');
        return this;
    }

    void copy(Connection c) throws SQLException {
        SyntheticSql.copy(c, table, csv.toString());
        csv.setLength(0);
    }
}
