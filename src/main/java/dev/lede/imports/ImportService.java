package dev.lede.imports;

import dev.lede.common.Sha256;
import dev.lede.article.Article;
import dev.lede.article.Author;
import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Authors;
import dev.lede.article.Block;
import dev.lede.article.BodyChanged;
import dev.lede.common.Constraints;
import dev.lede.common.ContentVersion;
import dev.lede.common.Slugs;
import dev.lede.taxonomy.Section;
import dev.lede.taxonomy.Tag;
import dev.lede.ingest.page.BlockType;
import dev.lede.ingest.page.PageParser;
import dev.lede.ingest.page.ParsedPage;
import dev.lede.ingest.page.TextNormalizer;
import dev.lede.taxonomy.Taxonomy;
import dev.lede.sync.ChangeLog;
import dev.lede.sync.ChangeType;
import jakarta.enterprise.event.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a scraped page into a stored article, once: the hash of the normalised text is unique in
 * the database, so a repeated or concurrent import of the same page finds the first one.
 */
@ApplicationScoped
public class ImportService {
    private final PageParser parser = new PageParser();
    private final ArticleRepository articles;
    private final Taxonomy taxonomy;
    private final Authors authors;
    private final ContentVersion contentVersion;
    private final Event<BodyChanged> bodyChanged;
    private final String defaultSection;
    private final ChangeLog changes;

    public ImportService(ArticleRepository articles, Taxonomy taxonomy, Authors authors, ContentVersion contentVersion,
                         Event<BodyChanged> bodyChanged, ChangeLog changes,
                         @ConfigProperty(name = "lede.import.default-section") String defaultSection) {
        this.changes = changes;
        this.bodyChanged = bodyChanged;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.contentVersion = contentVersion;
        this.defaultSection = defaultSection;
    }

    public ImportResult importPage(String text, ImportOptions options) {
        ParsedPage page = parser.parse(text);
        if (!page.missing().isEmpty()) {
            throw new NotAnArticleException(page.missing(), page.warnings());
        }
        String hash = Sha256.hex(TextNormalizer.normalize(text).text());
        if (options.dryRun()) {
            return new ImportResult(unsaved(page, options), ImportResult.Outcome.PARSED, page.warnings());
        }
        // a concurrent import of the same page, of another with the same headline, or of one naming the
        // same new section, tag, author or speaker may win the race: the retry finds what it stored
        return Constraints.retried(() -> {
            var existing = QuarkusTransaction.requiringNew().call(() -> articles.findByContentHash(hash).map(this::loaded));
            if (existing.isPresent()) {
                return new ImportResult(existing.get(), ImportResult.Outcome.UNCHANGED, page.warnings());
            }
            Article stored = QuarkusTransaction.requiringNew().call(() -> store(page, options, hash));
            contentVersion.invalidate();
            return new ImportResult(stored, ImportResult.Outcome.CREATED, page.warnings());
        }, "article_content_hash_idx", Constraints.ANY_SLUG);
    }

    private Article store(ParsedPage page, ImportOptions options, String hash) {
        Article a = fill(new Article(), page, options);
        a.slug = articles.uniqueSlug(page.headline());
        a.section = taxonomy.section(sectionName(page, options));
        a.tags = new ArrayList<>(taxonomy.tags(options.tags()));
        a.authors = new ArrayList<>(authors.named(AuthorNames.of(page.byline())));
        a.contentHash = hash;
        articles.persistAndFlush(a);
        bodyChanged.fire(new BodyChanged(a));
        changes.article(ChangeType.CREATED, a.id, a.slug, a.isPublished());
        return a;
    }

    /** What the import would store, for a dry run: nothing is written. */
    private Article unsaved(ParsedPage page, ImportOptions options) {
        Article a = fill(new Article(), page, options);
        a.slug = Slugs.of(page.headline());
        String section = sectionName(page, options);
        a.section = Section.of(Slugs.of(section), section);
        a.tags = options.tags().stream().map(t -> Tag.of(Slugs.of(t), t)).toList();
        a.authors = AuthorNames.of(page.byline()).stream().map(n -> Author.of(Slugs.of(n), n)).toList();
        a.countWords();
        return a;
    }

    private static Article fill(Article a, ParsedPage page, ImportOptions options) {
        a.headline = page.headline();
        a.standfirst = page.standfirst();
        a.whyWeWroteThis = page.whyWeWroteThis();
        a.body = page.blocks().stream()
                .map(b -> b.type() == BlockType.HEADING ? Block.heading(b.text()) : Block.paragraph(b.text()))
                .toList();
        a.status = options.publish() ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT;
        a.publishedAt = publishedAt(page, options);
        return a;
    }

    private static Instant publishedAt(ParsedPage page, ImportOptions options) {
        if (options.publishedAt() != null) {
            return options.publishedAt();
        }
        if (page.publishedOn() != null) {
            return page.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return options.publish() ? Article.now() : null;
    }

    private String sectionName(ParsedPage page, ImportOptions options) {
        if (options.section() != null) {
            return options.section();
        }
        return page.section() != null ? page.section() : defaultSection;
    }

    /** The article with everything its view needs read, for use after the transaction. */
    private Article loaded(Article a) {
        a.body.size();
        a.tags.size();
        a.authors.size();
        return a;
    }
}
