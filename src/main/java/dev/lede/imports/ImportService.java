package dev.lede.imports;

import dev.lede.article.Article;
import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleViewer;
import dev.lede.article.ArticleViews.QuoteMark;
import dev.lede.article.Author;
import dev.lede.article.Authors;
import dev.lede.common.Sha256;
import dev.lede.common.Slugs;
import dev.lede.image.ImageService;
import dev.lede.ingest.page.Figure;
import dev.lede.ingest.page.PageReader;
import dev.lede.ingest.page.ParsedPage;
import dev.lede.ingest.page.RawPage;
import dev.lede.ingest.quotes.ExtractedQuote;
import dev.lede.problem.Constraints;
import dev.lede.quote.Quote;
import dev.lede.quote.QuoteRepository;
import dev.lede.quote.QuoteService;
import dev.lede.quote.QuoteView;
import dev.lede.sync.ChangeLog;
import dev.lede.sync.ChangeType;
import dev.lede.taxonomy.Section;
import dev.lede.taxonomy.Tag;
import dev.lede.taxonomy.Taxonomy;
import dev.lede.web.ContentVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a scraped page into a stored article, once, in three steps for a dry run and a real import alike:
 * parse the page, store the article (a dry run builds it without storing), extract its quotes (stored with the
 * article, or only returned). The hash of what identifies the page ({@link PageReader#identity}) is unique in the
 * database, so a repeated or concurrent import of the same page finds the first one.
 */
@ApplicationScoped
public class ImportService {
    private static final int MAX_SOURCE_URL = 2000;
    /** A page's quotes go to the database in one round trip. */
    private static final int BATCHED_INSERTS = 50;
    private static final String[] RACES = {"article_content_hash_idx", "image_source_url_idx", Constraints.ANY_SLUG};
    private final PageReader reader = new PageReader();
    private final ArticleRepository articles;
    private final QuoteService quoteService;
    private final QuoteRepository quotes;
    private final Taxonomy taxonomy;
    private final Authors authors;
    private final ContentVersion contentVersion;
    private final ChangeLog changes;
    private final String defaultSection;
    private final ArticleViewer viewer;
    private final ImageService images;

    public ImportService(ArticleRepository articles, QuoteService quoteService, QuoteRepository quotes,
            Taxonomy taxonomy,
                         Authors authors, ContentVersion contentVersion, ChangeLog changes, ArticleViewer viewer,
                                 ImageService images,
                         ImportConfig config) {
        this.viewer = viewer;
        this.images = images;
        this.articles = articles;
        this.quoteService = quoteService;
        this.quotes = quotes;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.contentVersion = contentVersion;
        this.changes = changes;
        this.defaultSection = config.defaultSection();
    }

    public ImportResult importPage(RawPage raw, ImportOptions options) {
        if (options.dryRun()) {
            ParsedPage page = read(raw);
            Article draft = unsaved(page, options);
            return extracted(draft, page, quoteService.extract(draft));
        }
        PreparedPage prepared = prepare(raw, options);
        ParsedPage page = prepared.page();
        // a concurrent import of the same page, of another with the same headline, or of one naming the
        // same new section, tag, author or speaker may win the race: the retry finds what it stored
        ImportResult result = Constraints.retried(() -> QuarkusTransaction.requiringNew().call(() -> articles
                .findByContentHash(prepared.hash())
                .map(existing -> stored(existing, ImportResult.Outcome.UNCHANGED, page))
                .orElseGet(() -> stored(store(prepared), ImportResult.Outcome.CREATED, page))), RACES);
        if (result.outcome() == ImportResult.Outcome.CREATED) {
            contentVersion.invalidate();
        }
        return result;
    }

    /** The part of an import that needs no database, so any thread can do it: the page read, its quotes found. */
    PreparedPage prepare(RawPage raw, ImportOptions options) {
        ParsedPage page = read(raw);
        return new PreparedPage(page, options, Sha256.hex(PageReader.identity(raw, page)),
                quoteService.extract(unsaved(page, options)));
    }

    /**
     * Stores the pages not stored before, all in one transaction: CREATED or UNCHANGED for each, in order. The
     * transaction waits for the other writers first, so the pages it finds stored are all that a racing import stored.
     */
    List<ImportResult.Outcome> storeAll(List<PreparedPage> pages) {
        List<ImportResult.Outcome> outcomes = Constraints.retried(() -> QuarkusTransaction.requiringNew().call(() -> {
            changes.waitForOtherWriters();
            articles.getEntityManager().unwrap(Session.class).setJdbcBatchSize(BATCHED_INSERTS);
            Set<String> stored = articles.storedContentHashes(pages.stream().map(PreparedPage::hash).toList());
            return pages.stream().map(p -> stored.add(p.hash()) ? created(p) : ImportResult.Outcome.UNCHANGED).toList();
        }), RACES);
        if (outcomes.contains(ImportResult.Outcome.CREATED)) {
            contentVersion.invalidate();
        }
        return outcomes;
    }

    /**
     * Stores the page's article, then lets go of it (it was written): every flush checks all the entities the session
     * holds for changes, so a batch that kept its articles would check each one again for every later article.
     */
    private ImportResult.Outcome created(PreparedPage page) {
        store(page);
        articles.getEntityManager().clear();
        return ImportResult.Outcome.CREATED;
    }

    private ParsedPage read(RawPage raw) {
        ParsedPage page = reader.read(raw);
        if (!page.missing().isEmpty()) {
            throw new NotAnArticleException(page.missing(), page.warnings());
        }
        return page;
    }

    /** Stores the article and, in the same transaction, its quotes. */
    private Article store(PreparedPage page) {
        Article a = PageArticles.fill(new Article(), page.page(), page.options(), this::imageOf);
        a.slug = articles.uniqueSlug(page.page().headline());
        a.section = taxonomy.section(PageArticles.sectionName(page.page(), page.options(), defaultSection));
        a.tags = new ArrayList<>(taxonomy.tags(page.options().tags()));
        a.authors = new ArrayList<>(authors.named(PageArticles.authorNames(page.page())));
        a.contentHash = page.hash();
        articles.persistAndFlush(a);
        quoteService.addQuotes(a, page.quotes());
        changes.article(ChangeType.CREATED, a.id, a.slug, a.isPublished());
        return a;
    }

    /** The image a figure's address names, made when new; none for an address too long to be a key. */
    private UUID imageOf(Figure figure) {
        return figure.src().length() > MAX_SOURCE_URL ? null
                : images.sourced(figure.src(), figure.alt(), figure.caption(), figure.credit()).id;
    }

    /** What the import would store, for a dry run: nothing is written. */
    private Article unsaved(ParsedPage page, ImportOptions options) {
        Article a = PageArticles.fill(new Article(), page, options, f -> null);
        a.slug = Slugs.of(page.headline());
        String section = PageArticles.sectionName(page, options, defaultSection);
        a.section = Section.of(Slugs.of(section), section);
        a.tags = options.tags().stream().map(t -> Tag.of(Slugs.of(t), t)).toList();
        a.authors = PageArticles.authorNames(page).stream().map(n -> Author.of(Slugs.of(n), n)).toList();
        a.countWords();
        return a;
    }

    /** The stored article with its stored quotes, everything its view needs read inside the transaction. */
    private ImportResult stored(Article a, ImportResult.Outcome outcome, ParsedPage page) {
        a.body.size();
        a.tags.size();
        a.authors.size();
        List<Quote> stored = quotes.allOf(a.id);
        List<QuoteMark> marks = stored.stream().map(q -> new QuoteMark(q.id, q.paragraph, q.start, q.end)).toList();
        return new ImportResult(viewer.view(a, marks), outcome, stored.stream().map(QuoteView::from).toList(),
                page.figures(),
                page.warnings());
    }

    private ImportResult extracted(Article a, ParsedPage page, List<ExtractedQuote> found) {
        List<QuoteMark> marks = found.stream().map(e -> new QuoteMark(null, e.paragraph(), e.start(), e.end()))
                .toList();
        return new ImportResult(viewer.view(a, marks), ImportResult.Outcome.PARSED, found.stream()
                .map(e -> QuoteView.from(e, a)).toList(),
                page.figures(), page.warnings());
    }
}
