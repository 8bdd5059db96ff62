package dev.lede.article;

import dev.lede.article.ArticleViews.AuthorRef;
import dev.lede.article.ArticleViews.BlockView;
import dev.lede.article.ArticleViews.Links;
import dev.lede.article.ArticleViews.SectionRef;
import dev.lede.article.ArticleViews.TagRef;
import dev.lede.web.Fields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Schema(name = "Article", description = "One article with its structured body")
public record ArticleView(
        @Schema(nullable = true, description = "Null only in a dry-run import, where nothing is stored") UUID id,
        @Schema(example = "why-north-korea-is-sending-troops-to-russia-and-how-it-risks-an-escalation-spiral")
                String slug,
        @Schema(nullable = true,
                description = "The article's canonical address on the newsroom's site (lede.public-url and "
                        + "lede.paths.article); null until it has a publication time",
                        example = "https://news.example.com/world/2024/10/why-north-korea-is-sending-troops-to-russia")
        String url,
        SectionRef section,
        @Schema(example = "Why North Korea is sending troops to Russia – and how it risks an ‘escalation spiral’")
                String headline,
        @Schema(nullable = true, description = "A one-sentence summary under the headline, or null") String standfirst,
        @Schema(nullable = true, description = "The editors' note on why the story was written, or null",
                example = "North Korea’s decision to send troops to support Russia’s war in Ukraine further escalates "
                        + "that conflict – and points to growing collaboration among antidemocratic nations.")
                        String whyWeWroteThis,
        @Schema(nullable = true, description = "The image at the top of the article; null when it has none")
                Pictures.PictureView leadImage,
        List<BlockView> body,
        @Schema(nullable = true,
                description = "The article's language as a BCP 47 tag, declared by an imported page or detected from "
                + "its text; null where unknown",
                example = "en") String lang,
        @Schema(nullable = true, description = "Where the story was reported from, or null",
                example = "Seoul, South Korea") String dateline,
        List<TagRef> tags,
        List<AuthorRef> authors,
        @Schema(enumeration = {"DRAFT", "SCHEDULED", "PUBLISHED"},
                description = "Editors also see drafts and scheduled articles") ArticleStatus status,
        @Schema(nullable = true, description = "Null for a draft that has no publication time yet",
                example = "2024-10-24T15:00:00Z") Instant publishedAt,
        @Schema(nullable = true, description = "Null only in a dry-run import", example = "2024-10-24T15:00:00Z")
                Instant updatedAt,
        @Schema(example = "371") int wordCount,
        @Schema(example = "2") int readingTimeMinutes,
        @Schema(description = "Quotes in the article", example = "5") int quoteCount,
        Links links,
        @Schema(nullable = true,
                description = "Previous, next and related articles with `include=navigation`; otherwise null")
                Navigation navigation) {

    public static final Set<String> FIELDS = Fields.of(ArticleView.class);

    static ArticleView from(Article a, List<ArticleViews.QuoteMark> quotes, Pictures pictures, String url) {
        return new ArticleView(a.id, a.slug, url, SectionRef.of(a.section), a.headline, a.standfirst, a.whyWeWroteThis,
                pictures.view(a.leadImage), ArticleViews.body(a, quotes, pictures), a.lang, a.dateline,
                a.tags.stream().map(TagRef::of).toList(),
                a.authors.stream().map(AuthorRef::of).toList(),
                a.status, a.publishedAt, a.updatedAt, a.wordCount, WordCount.readingMinutes(a.wordCount),
                        quotes.size(), Links.of(a), null);
    }

    public ArticleView withNavigation(Navigation navigation) {
        return new ArticleView(id, slug, url, section, headline, standfirst, whyWeWroteThis, leadImage, body, lang,
                dateline, tags, authors, status,
                publishedAt, updatedAt, wordCount, readingTimeMinutes, quoteCount, links, navigation);
    }
}
