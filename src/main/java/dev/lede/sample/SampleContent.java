package dev.lede.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.article.Article;
import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Authors;
import dev.lede.article.Block;
import dev.lede.article.BodyChanged;
import dev.lede.imports.ImportOptions;
import dev.lede.imports.ImportService;
import dev.lede.ingest.page.RawPage;
import dev.lede.taxonomy.Taxonomy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Loads the sample page and articles into an empty database, so a fresh run serves real content at once. */
@ApplicationScoped
public class SampleContent {
    private static final Logger LOG = Logger.getLogger(SampleContent.class);

    record SampleArticle(String section, String headline, String standfirst, String whyWeWroteThis,
                         List<String> tags, List<String> authors, Instant publishedAt, List<Block> body) {
    }

    private static final ImportOptions SEED_OPTIONS = new ImportOptions(false, true, null,
            List.of("North Korea", "Russia", "Ukraine war"), Instant.parse("2024-10-24T15:00:00Z"));

    private final ImportService imports;
    private final Event<BodyChanged> bodyChanged;
    private final ArticleRepository articles;
    private final Taxonomy taxonomy;
    private final Authors authors;
    private final ObjectMapper mapper;
    private final boolean enabled;

    public SampleContent(ImportService imports, Event<BodyChanged> bodyChanged, ArticleRepository articles,
            Taxonomy taxonomy, Authors authors, ObjectMapper mapper,
                         SampleConfig config) {
        this.imports = imports;
        this.bodyChanged = bodyChanged;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.mapper = mapper;
        this.enabled = config.enabled();
    }

    void load(@Observes StartupEvent start) {
        if (!enabled || QuarkusTransaction.requiringNew().call(articles::count) > 0) {
            return;
        }
        // the seed comes in as a scraped page, through the importer, like real content would
        imports.importPage(RawPage.text(resource("/seed/000_7f78643c581e5c7b.txt")), SEED_OPTIONS);
        List<SampleArticle> samples = read();
        QuarkusTransaction.requiringNew().run(() -> samples.forEach(this::store));
        LOG.infof("Loaded %d sample articles into the empty database", samples.size() + 1);
    }

    private static String resource(String path) {
        try (InputStream in = SampleContent.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample page " + path + " is unreadable", e);
        }
    }

    private void store(SampleArticle s) {
        Article a = new Article();
        a.slug = articles.uniqueSlug(s.headline());
        a.section = taxonomy.section(s.section());
        a.headline = s.headline();
        a.standfirst = s.standfirst();
        a.whyWeWroteThis = s.whyWeWroteThis();
        a.body = s.body();
        a.tags = new java.util.ArrayList<>(taxonomy.tags(s.tags()));
        a.authors = new java.util.ArrayList<>(authors.named(s.authors()));
        a.status = ArticleStatus.PUBLISHED;
        a.publishedAt = s.publishedAt();
        articles.persistAndFlush(a);
        bodyChanged.fire(new BodyChanged(a));
    }

    private List<SampleArticle> read() {
        try (InputStream in = getClass().getResourceAsStream("/sample/articles.json")) {
            return List.of(mapper.readValue(in, SampleArticle[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("The sample content is unreadable", e);
        }
    }
}
