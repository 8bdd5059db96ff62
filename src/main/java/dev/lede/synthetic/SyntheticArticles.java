package dev.lede.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.article.Block;
import dev.lede.common.Slugs;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Writes synthetic published articles with their quotes straight into the database in batched
 * JDBC inserts (the importer's parsing would take far longer for a benchmark archive).
 */
@ApplicationScoped
public class SyntheticArticles {
    private static final Instant START = Instant.parse("2019-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = 6L * 365 * 24 * 3600;
    private static final String ARTICLE = "insert into article (id, slug, section_id, headline, standfirst, why_we_wrote_this, body,"
            + " word_count, status, published_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)";
    private static final String QUOTE = "insert into quote (id, article_id, speaker_id, text, partial, cue, role, paragraph,"
            + " start_offset, end_offset, position) values (?, ?, ?, ?, false, 'said', ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public SyntheticArticles(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Writes {@code count} articles in transactions of {@code batch}, reporting the running total. */
    public void generate(int count, int batch, long seed, IntConsumer progress) throws SQLException {
        SyntheticText text = new SyntheticText(seed);
        String run = Long.toString(Math.abs(seed % 46656), 36);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Long> sections = terms(c, "section", List.of(SyntheticText.SECTIONS));
            List<Long> tags = new ArrayList<>(terms(c, "tag", List.of(SyntheticText.TAGS)).values());
            List<Map.Entry<String, Long>> speakers = new ArrayList<>(terms(c, "speaker", SyntheticText.speakerNames()).entrySet());
            speakers.sort(Map.Entry.comparingByKey());
            long author = terms(c, "author", List.of("Synthetic Desk")).values().iterator().next();
            List<Long> sectionIds = new ArrayList<>(sections.values());
            c.commit();
            for (int done = 0; done < count; done += batch) {
                int n = Math.min(batch, count - done);
                try (PreparedStatement articles = c.prepareStatement(ARTICLE);
                     PreparedStatement quotes = c.prepareStatement(QUOTE);
                     PreparedStatement links = c.prepareStatement("insert into article_tag (article_id, tag_id, position) values (?, ?, ?)");
                     PreparedStatement authors = c.prepareStatement("insert into article_author (article_id, author_id, position) values (?, ?, 0)")) {
                    for (int i = 0; i < n; i++) {
                        UUID id = UUID.randomUUID();
                        article(articles, quotes, text, id, run + "-" + (done + i), sectionIds.get(text.below(sectionIds.size())), speakers);
                        int tagCount = 1 + text.below(3);
                        int firstTag = text.zipf(tags.size());
                        for (int t = 0; t < tagCount; t++) {
                            links.setObject(1, id);
                            links.setLong(2, tags.get((firstTag + t * 7) % tags.size()));
                            links.setInt(3, t);
                            links.addBatch();
                        }
                        authors.setObject(1, id);
                        authors.setLong(2, author);
                        authors.addBatch();
                    }
                    articles.executeBatch();
                    quotes.executeBatch();
                    links.executeBatch();
                    authors.executeBatch();
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e.getNextException() != null ? e.getNextException() : e;
                }
                progress.accept(done + n);
            }
        }
    }

    private void article(PreparedStatement articles, PreparedStatement quotes, SyntheticText text, UUID id, String serial,
                         long section, List<Map.Entry<String, Long>> speakers) throws SQLException {
        String headline = text.headline();
        List<Block> body = new ArrayList<>();
        int paragraphs = 8 + text.below(8);
        int words = 0;
        int quoteCount = 0;
        Map.Entry<String, Long> speaker = speakers.get(text.zipf(speakers.size()));
        String role = text.role();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && p % 5 == 0) {
                body.add(Block.heading(text.sentence().replace(".", "")));
            }
            String paragraph;
            if (p % 3 == 1) {
                String quote = text.quoteWords();
                paragraph = "“" + quote + "” said " + speaker.getKey() + ", " + role + ". " + text.sentence();
                quotes.setObject(1, UUID.randomUUID());
                quotes.setObject(2, id);
                quotes.setLong(3, speaker.getValue());
                quotes.setString(4, quote);
                quotes.setString(5, role);
                quotes.setInt(6, p);
                quotes.setInt(7, 1);
                quotes.setInt(8, 1 + quote.length());
                quotes.setInt(9, quoteCount++);
                quotes.addBatch();
            } else {
                StringBuilder b = new StringBuilder();
                int sentences = 2 + text.below(3);
                for (int s = 0; s < sentences; s++) {
                    b.append(s == 0 ? "" : " ").append(text.sentence());
                }
                paragraph = b.toString();
            }
            words += paragraph.split("\\s+").length;
            body.add(Block.paragraph(paragraph));
        }
        Instant published = START.plusSeconds((long) (text.fraction() * SPAN_SECONDS));
        articles.setObject(1, id);
        articles.setString(2, Slugs.of(headline) + "-" + serial);
        articles.setLong(3, section);
        articles.setString(4, headline);
        articles.setString(5, text.sentence());
        articles.setString(6, text.below(4) == 0 ? text.sentence() : null);
        articles.setString(7, json(body));
        articles.setInt(8, words);
        articles.setString(9, "PUBLISHED");
        articles.setTimestamp(10, Timestamp.from(published));
        articles.setTimestamp(11, Timestamp.from(published));
        articles.setTimestamp(12, Timestamp.from(published));
        articles.addBatch();
    }

    private String json(List<Block> body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids of the named rows of a taxonomy-like table, created when missing. */
    private static Map<String, Long> terms(Connection c, String table, List<String> names) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement("insert into " + table + " (slug, name) values (?, ?) on conflict (slug) do nothing");
             PreparedStatement select = c.prepareStatement("select id from " + table + " where slug = ?")) {
            for (String name : names) {
                insert.setString(1, Slugs.of(name));
                insert.setString(2, name);
                insert.executeUpdate();
                select.setString(1, Slugs.of(name));
                try (var rs = select.executeQuery()) {
                    rs.next();
                    ids.put(name, rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
