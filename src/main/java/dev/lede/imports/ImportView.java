package dev.lede.imports;

import dev.lede.article.ArticleView;
import dev.lede.article.ArticleViews;
import dev.lede.quote.QuoteView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

@Schema(name = "ImportResult", description = "The article an import produced, and what the parser noticed on the way")
public record ImportView(
        @Schema(description = "created: stored now; unchanged: this page was imported before, nothing stored; parsed: a dry run, nothing stored",
                enumeration = {"created", "unchanged", "parsed"}, example = "created") String outcome,
        @Schema(description = "The article; on a dry run its id is null and its slug is the one it would get if free") ArticleView article,
        @Schema(description = "The quotes found in it, in reading order, as GET /articles/{slugOrId}/quotes gives them") List<QuoteView> quotes,
        @Schema(description = "What the parser dropped, repaired or guessed",
                example = "[\"Dropped 1 line of page furniture: 'Previous ArticleNext Article'\"]") List<String> warnings) {

    static ImportView of(ImportResult result, List<ArticleViews.QuoteMark> marks, List<QuoteView> quotes) {
        return new ImportView(result.outcome().name().toLowerCase(Locale.ROOT), ArticleView.from(result.article(), marks),
                quotes, result.warnings());
    }
}
