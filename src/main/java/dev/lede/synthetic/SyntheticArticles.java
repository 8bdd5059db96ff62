package dev.lede.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.article.Block;
import dev.lede.common.Slugs;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Writes synthetic published articles with their quotes straight into the database with COPY, a batch of articles
 * per transaction, on several connections at once (the importer's parsing would take far longer for a benchmark
 * archive).
 */
@ApplicationScoped
public class SyntheticArticles {
    private static final Instant START = Instant.parse("2019-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = 6L * 365 * 24 * 3600;

    /** What every batch refers to: ids of the sections, tags, speakers and the author. */
    private record Terms(List<Long> sections, List<Long> tags, List<Map.Entry<String, Long>> speakers, long author) {
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    public SyntheticArticles(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /**
     * Writes {@code count} articles in transactions of {@code batch}, on {@code connections} connections, reporting
     * the running total. The archive is the same for the same seed and batch size.
     */
    public void generate(int count, int batch, int connections, long seed, IntConsumer progress) throws Exception {
        Terms terms = terms();
        String run = Long.toString(Math.abs(seed % 46656), 36);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        // each writer holds its connection for the whole run: more writers than the pool holds would wait, then
        // time out
        int writerCount = Math.min(connections, poolSize());
        ExecutorService pool = Executors.newFixedThreadPool(writerCount);
        try {
            List<Future<Void>> writers = new ArrayList<>();
            for (int i = 0; i < writerCount; i++) {
                writers.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        for (int b = next.getAndIncrement(); (long) b * batch < count; b = next.getAndIncrement()) {
                            int n = (int) Math.min(batch, count - (long) b * batch);
                            writeBatch(c, new SyntheticText(seed, b), run + "-" + b + "-", n, terms);
                            progress.accept(done.addAndGet(n));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int poolSize() {
        return dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
    }

    private void writeBatch(Connection c, SyntheticText text, String serial, int n, Terms terms) throws SQLException {
        CopyRows articles = new CopyRows(SyntheticSql.ARTICLE);
        CopyRows quotes = new CopyRows(SyntheticSql.QUOTE);
        CopyRows tags = new CopyRows(SyntheticSql.ARTICLE_TAG);
        CopyRows authors = new CopyRows(SyntheticSql.ARTICLE_AUTHOR);
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            article(articles, quotes, text, id, serial + i, terms.sections().get(text.below(terms.sections().size())),
                    terms.speakers());
            int tagCount = 1 + text.below(3);
            int firstTag = text.zipf(terms.tags().size());
            for (int t = 0; t < tagCount; t++) {
                tags.add(id, terms.tags().get((firstTag + t * 7) % terms.tags().size()), t);
            }
            authors.add(id, terms.author(), 0);
        }
        try {
            for (CopyRows rows : List.of(articles, quotes, tags, authors)) {
                rows.copy(c);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private void article(CopyRows articles, CopyRows quotes, SyntheticText text, UUID id, String serial,
                         long section, List<Map.Entry<String, Long>> speakers) {
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
                quotes.add(UUID.randomUUID(), id, speaker.getValue(), quote, false, "said", role, p, 1,
                        1 + quote.length(), quoteCount++);
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
        Instant published = START.plusSeconds((long) (text.fraction() * SPAN_SECONDS)).truncatedTo(ChronoUnit.MICROS);
        articles.add(id, Slugs.of(headline) + "-" + serial, section, headline, text.sentence(),
                text.below(4) == 0 ? text.sentence() : null, json(body), words, "PUBLISHED",
                published, published, published);
    }

    private String json(List<Block> body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Terms terms() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Long> sections =
                    new ArrayList<>(SyntheticSql.terms(c, "section", List.of(SyntheticText.SECTIONS)).values());
            List<Long> tags = new ArrayList<>(SyntheticSql.terms(c, "tag", List.of(SyntheticText.TAGS)).values());
            List<Map.Entry<String, Long>> speakers =
                    new ArrayList<>(SyntheticSql.terms(c, "speaker", SyntheticText.speakerNames()).entrySet());
            speakers.sort(Map.Entry.comparingByKey());
            long author = SyntheticSql.terms(c, "author", List.of("Synthetic Desk")).values().iterator().next();
            c.commit();
            return new Terms(sections, tags, speakers, author);
        }
    }
}
