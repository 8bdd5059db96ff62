package dev.lede.synthetic;

import dev.lede.common.Slugs;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic archive's statements: COPY into the content tables (their columns here, in the order
 * {@link SyntheticArticles} writes them) and the terms every batch refers to. Plain JDBC on the writer's own
 * connection, as the archive is written far faster than through the entities.
 */
final class SyntheticSql {
    static final String ARTICLE = "article (id, slug, section_id, headline, standfirst, why_we_wrote_this, body,"
            + " word_count, status, published_at, created_at, updated_at)";
    static final String QUOTE = "quote (id, article_id, speaker_id, text, partial, cue, role, paragraph,"
            + " start_offset, end_offset, position)";
    static final String ARTICLE_TAG = "article_tag (article_id, tag_id, position)";
    static final String ARTICLE_AUTHOR = "article_author (article_id, author_id, position)";

    private SyntheticSql() {
    }

    /** COPY of CSV rows into {@code table} (a table and its columns, as above). */
    static void copy(Connection c, String table, String csv) throws SQLException {
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin (format csv)",
                    new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the named rows of a table with a slug and a name (section, tag, speaker, author), added when missing. */
    static Map<String, Long> terms(Connection c, String table, List<String> names) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement("insert into " + table
                + " (slug, name) values (?, ?) on conflict (slug) do nothing");
             PreparedStatement select = c.prepareStatement("select id from " + table + " where slug = ?")) {
            for (String name : names) {
                insert.setString(1, Slugs.of(name));
                insert.setString(2, name);
                insert.executeUpdate();
                select.setString(1, Slugs.of(name));
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    ids.put(name, rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
