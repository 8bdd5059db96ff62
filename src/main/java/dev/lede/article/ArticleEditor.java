package dev.lede.article;

import dev.lede.common.Slugs;
import dev.lede.image.ImageRepository;
import dev.lede.problem.ApiException;
import dev.lede.sync.ChangeLog;
import dev.lede.sync.ChangeType;
import dev.lede.taxonomy.Taxonomy;
import dev.lede.web.Representations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Editors' writes. Each locks the article, checks the client's If-Match against the ETag a GET
 * gives now, changes it and appends to the change log, all in one transaction.
 */
@ApplicationScoped
public class ArticleEditor {
    public record Edited(ArticleView view, String etag) {
    }

    private final ArticleRepository articles;
    private final Taxonomy taxonomy;
    private final Authors authors;
    private final Event<BodyChanged> bodyChanged;
    private final ChangeLog changes;
    private final Representations representations;
    private final ArticleViewer viewer;
    private final ImageRepository images;

    public ArticleEditor(ArticleRepository articles, Taxonomy taxonomy, Authors authors, Event<BodyChanged> bodyChanged,
                         ChangeLog changes, Representations representations, ArticleViewer viewer,
                                 ImageRepository images) {
        this.viewer = viewer;
        this.images = images;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.bodyChanged = bodyChanged;
        this.changes = changes;
        this.representations = representations;
    }

    @Transactional
    public Edited create(IncomingArticle in) {
        Article a = new Article();
        a.slug = articles.uniqueSlug(in.headline());
        fill(a, in);
        a.status = "published".equals(in.status()) ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT;
        a.publishedAt = a.isPublished() ? Article.now() : null;
        articles.persistAndFlush(a);
        bodyChanged.fire(new BodyChanged(a));
        changes.article(ChangeType.CREATED, a.id, a.slug, a.isPublished());
        return edited(a);
    }

    /** PUT and PATCH: every field from {@code in}; an absent status keeps the current one. */
    @Transactional
    public Edited update(String slugOrId, String ifMatch, java.util.function.Function<Article,
            IncomingArticle> change) {
        Article a = locked(slugOrId, ifMatch);
        IncomingArticle in = change.apply(a);
        boolean wasPublic = a.isPublished();
        List<Block> oldBody = a.body;
        String oldHeadline = a.headline;
        fill(a, in);
        if (!Slugs.of(in.headline()).equals(Slugs.of(oldHeadline))) {
            String oldSlug = a.slug;
            a.slug = articles.uniqueSlug(in.headline(), a.id);
            articles.slugChanged(a, oldSlug);
        }
        ChangeType type = ChangeType.UPDATED;
        if ("published".equals(in.status()) && !wasPublic) {
            publishNow(a);
            type = ChangeType.PUBLISHED;
        } else if ("draft".equals(in.status()) && a.status != ArticleStatus.DRAFT) {
            a.status = ArticleStatus.DRAFT;
            type = ChangeType.UNPUBLISHED;
        }
        articles.flush();
        if (!oldBody.equals(a.body)) {
            bodyChanged.fire(new BodyChanged(a));
        }
        changes.article(type, a.id, a.slug, wasPublic || a.isPublished());
        return edited(a);
    }

    /** Publishes now, or schedules for {@code at} (which must be in the future). */
    @Transactional
    public Edited publish(String slugOrId, String ifMatch, Instant at) {
        Article a = locked(slugOrId, ifMatch);
        boolean wasPublic = a.isPublished();
        if (at == null) {
            if (wasPublic) {
                return edited(a);
            }
            publishNow(a);
            articles.flush();
            changes.article(ChangeType.PUBLISHED, a.id, a.slug, true);
            return edited(a);
        }
        a.status = ArticleStatus.SCHEDULED;
        a.publishedAt = at;
        articles.flush();
        changes.article(wasPublic ? ChangeType.UNPUBLISHED : ChangeType.UPDATED, a.id, a.slug, wasPublic);
        return edited(a);
    }

    @Transactional
    public Edited unpublish(String slugOrId, String ifMatch) {
        Article a = locked(slugOrId, ifMatch);
        if (a.status == ArticleStatus.DRAFT) {
            throw new ApiException(409, "The article is a draft already");
        }
        boolean wasPublic = a.isPublished();
        a.status = ArticleStatus.DRAFT;
        articles.flush();
        changes.article(ChangeType.UNPUBLISHED, a.id, a.slug, wasPublic);
        return edited(a);
    }

    /** Soft delete: the row stays for the change feed, every read loses it. */
    @Transactional
    public void delete(String slugOrId, String ifMatch) {
        Article a = locked(slugOrId, ifMatch);
        boolean wasPublic = a.isPublished();
        a.status = ArticleStatus.DELETED;
        a.deletedAt = Article.now();
        a.contentHash = null; // importing the page again makes a new article
        articles.flush();
        changes.article(ChangeType.DELETED, a.id, a.slug, wasPublic);
    }

    private Article locked(String slugOrId, String ifMatch) {
        Article a = articles.findForUpdate(slugOrId)
                .orElseThrow(() -> ApiException.notFound("No article with slug or id '" + slugOrId + "'"));
        representations.requireMatch(ifMatch, viewer.view(a));
        return a;
    }

    private static void publishNow(Article a) {
        Instant now = Article.now();
        // republishing keeps the original date; a draft or a schedule is published as of now
        boolean republish = a.status == ArticleStatus.DRAFT && a.publishedAt != null && a.publishedAt.isBefore(now);
        a.publishedAt = republish ? a.publishedAt : now;
        a.status = ArticleStatus.PUBLISHED;
    }

    private void fill(Article a, IncomingArticle in) {
        a.headline = in.headline().trim();
        a.standfirst = blankToNull(in.standfirst());
        a.whyWeWroteThis = blankToNull(in.whyWeWroteThis());
        a.dateline = blankToNull(in.dateline());
        a.lang = blankToNull(in.lang());
        a.body = new ArrayList<>(in.blocks());
        a.leadImage = in.lead();
        requireImages(a);
        a.section = taxonomy.section(in.section());
        a.tags = new ArrayList<>(taxonomy.tags(in.tagNames()));
        a.authors = new ArrayList<>(authors.named(in.authorNames()));
    }

    /** Every image the article names must exist: a 400 naming the first that does not. */
    private void requireImages(Article a) {
        List<java.util.UUID> named = Pictures.ids(a, true).distinct().toList();
        var found = images.byIds(named);
        named.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
            throw new ApiException(400, "There is no image with id " + id + ": upload it first (POST /api/v1/images)",
                    List.of(new dev.lede.problem.Problem.FieldError("image", "no image with id " + id)));
        });
    }

    private Edited edited(Article a) {
        articles.flush();
        ArticleView view = viewer.view(a);
        return new Edited(view, representations.etag(view));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
