package dev.lede.article;

import dev.lede.article.ArticleViews.AuthorRef;
import dev.lede.article.ArticleViews.Links;
import dev.lede.article.ArticleViews.SectionRef;
import dev.lede.article.ArticleViews.TagRef;
import dev.lede.common.Fields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Schema(name = "ArticleSummary", description = "An article in a list: everything but the body")
public record ArticleSummary(
        UUID id,
        @Schema(example = "why-north-korea-is-sending-troops-to-russia-and-how-it-risks-an-escalation-spiral") String slug,
        SectionRef section,
        @Schema(example = "Why North Korea is sending troops to Russia – and how it risks an ‘escalation spiral’") String headline,
        @Schema(nullable = true) String standfirst,
        @Schema(nullable = true) String whyWeWroteThis,
        List<TagRef> tags,
        List<AuthorRef> authors,
        @Schema(enumeration = {"DRAFT", "SCHEDULED", "PUBLISHED"}, description = "Editors also see drafts and scheduled articles") ArticleStatus status,
        @Schema(nullable = true, description = "Null for a draft", example = "2024-10-24T15:00:00Z") Instant publishedAt,
        @Schema(example = "2024-10-24T15:00:00Z") Instant updatedAt,
        @Schema(example = "371") int wordCount,
        @Schema(example = "2") int readingTimeMinutes,
        @Schema(description = "Quotes in the article", example = "5") int quoteCount,
        Links links) {

    public static final Set<String> FIELDS = Fields.of(ArticleSummary.class);

    public static ArticleSummary from(Article a, int quoteCount) {
        return new ArticleSummary(a.id, a.slug, SectionRef.of(a.section), a.headline, a.standfirst, a.whyWeWroteThis,
                a.tags.stream().map(TagRef::of).toList(),
                a.authors.stream().map(AuthorRef::of).toList(),
                a.status, a.publishedAt, a.updatedAt, a.wordCount, WordCount.readingMinutes(a.wordCount), quoteCount, Links.of(a));
    }
}
