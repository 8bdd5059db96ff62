package dev.lede.imports;

import dev.lede.article.ArticleView;
import dev.lede.ingest.page.Figure;
import dev.lede.quote.QuoteView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

@Schema(name = "ImportResult", description = "The article an import produced, and what the parser noticed on the way")
public record ImportView(
        @Schema(description = "created: stored now; unchanged: this page was imported before, nothing stored; parsed: "
                + "a dry run, nothing stored",
                enumeration = {"created", "unchanged", "parsed"}, example = "created") String outcome,
        @Schema(description = "The article; on a dry run its id is null and its slug is the one it would get if free")
                ArticleView article,
        @Schema(description = "The quotes found in it, in reading order, as GET /articles/{slugOrId}/quotes gives "
                + "them") List<QuoteView> quotes,
        @Schema(description = "The page's images, lead image first, with caption and credit where the page gives "
                + "them (for a text page, the photo captions and credit lines taken out of its text): the article "
                + "keeps them as its lead image and image blocks (an image with its address as `sourceUrl`; Lede "
                + "never fetches it)")
        List<FigureView> figures,
        @Schema(description = "What the parser dropped, repaired or guessed",
                example = "[\"Dropped 1 line of page furniture: 'Previous ArticleNext Article'\"]")
                        List<String> warnings) {

    @Schema(name = "ImportFigure", description = "An image of the imported page, as the page gives it")
    public record FigureView(
            @Schema(nullable = true,
                    description = "The image's address as the page gives it; null for a text page, which has none",
                    example = "https://example.com/images/valley.jpg") String src,
            @Schema(nullable = true, description = "Its alternative text", example = "The valley at dawn") String alt,
            @Schema(nullable = true, description = "The caption shown with it",
                    example = "The valley after the flood.") String caption,
            @Schema(nullable = true, description = "Who took or owns it", example = "Jane Doe/Reuters") String credit) {
        static FigureView of(Figure f) {
            return new FigureView(f.src(), f.alt(), f.caption(), f.credit());
        }
    }

    static ImportView of(ImportResult result) {
        return new ImportView(result.outcome().name().toLowerCase(Locale.ROOT), result.article(),
                result.quotes(), result.figures().stream().map(FigureView::of).toList(), result.warnings());
    }
}
