package dev.lede.article;

import dev.lede.article.ArticleViews.AuthorRef;
import dev.lede.article.ArticleViews.Links;
import dev.lede.article.ArticleViews.SectionRef;
import dev.lede.article.ArticleViews.TagRef;
import dev.lede.web.Fields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Schema(name = "ArticleSummary", description = "An article in a list: everything but the body")
public record ArticleSummary(
        UUID id,
        @Schema(example = "why-north-korea-is-sending-troops-to-russia-and-how-it-risks-an-escalation-spiral")
                String slug,
        @Schema(nullable = true,
                description = "The article's canonical address on the newsroom's site; null until it has a publication "
                + "time",
                example = "https://news.example.com/world/2024/10/why-north-korea-is-sending-troops-to-russia")
                        String url,
        SectionRef section,
        @Schema(example = "Why North Korea is sending troops to Russia – and how it risks an ‘escalation spiral’")
                String headline,
        @Schema(nullable = true) String standfirst,
        @Schema(nullable = true) String whyWeWroteThis,
        @Schema(nullable = true, description = "The image at the top of the article; null when it has none")
                Pictures.PictureView leadImage,
        List<TagRef> tags,
        List<AuthorRef> authors,
        @Schema(enumeration = {"DRAFT", "SCHEDULED", "PUBLISHED"},
                description = "Editors also see drafts and scheduled articles") ArticleStatus status,
        @Schema(nullable = true, description = "Null for a draft", example = "2024-10-24T15:00:00Z")
                Instant publishedAt,
        @Schema(example = "2024-10-24T15:00:00Z") Instant updatedAt,
        @Schema(example = "371") int wordCount,
        @Schema(example = "2") int readingTimeMinutes,
        @Schema(description = "Quotes in the article", example = "5") int quoteCount,
        Links links) {

    public static final Set<String> FIELDS = Fields.of(ArticleSummary.class);

    static ArticleSummary from(Article a, int quoteCount, Pictures pictures, String url) {
        return new ArticleSummary(a.id, a.slug, url, SectionRef.of(a.section), a.headline, a.standfirst,
                a.whyWeWroteThis,
                pictures.view(a.leadImage),
                a.tags.stream().map(TagRef::of).toList(),
                a.authors.stream().map(AuthorRef::of).toList(),
                a.status, a.publishedAt, a.updatedAt, a.wordCount, WordCount.readingMinutes(a.wordCount), quoteCount,
                        Links.of(a));
    }
}
