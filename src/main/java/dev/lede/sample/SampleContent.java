package dev.lede.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.article.Article;
import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Authors;
import dev.lede.article.Block;
import dev.lede.taxonomy.Taxonomy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Loads the sample articles into an empty database, so a fresh run serves real content at once. */
@ApplicationScoped
public class SampleContent {
    private static final Logger LOG = Logger.getLogger(SampleContent.class);

    record SampleArticle(String section, String headline, String standfirst, String whyWeWroteThis,
                         List<String> tags, List<String> authors, Instant publishedAt, List<Block> body) {
    }

    private final ArticleRepository articles;
    private final Taxonomy taxonomy;
    private final Authors authors;
    private final ObjectMapper mapper;
    private final boolean enabled;

    public SampleContent(ArticleRepository articles, Taxonomy taxonomy, Authors authors, ObjectMapper mapper,
                         @ConfigProperty(name = "lede.sample-content.enabled") boolean enabled) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.mapper = mapper;
        this.enabled = enabled;
    }

    @Transactional
    void load(@Observes StartupEvent start) {
        if (!enabled || articles.count() > 0) {
            return;
        }
        List<SampleArticle> samples = read();
        samples.forEach(this::store);
        LOG.infof("Loaded %d sample articles into the empty database", samples.size());
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
    }

    private List<SampleArticle> read() {
        try (InputStream in = getClass().getResourceAsStream("/sample/articles.json")) {
            return List.of(mapper.readValue(in, SampleArticle[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("The sample content is unreadable", e);
        }
    }
}
