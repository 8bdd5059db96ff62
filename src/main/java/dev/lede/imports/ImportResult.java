package dev.lede.imports;

import dev.lede.article.ArticleView;
import dev.lede.ingest.page.Figure;
import dev.lede.quote.QuoteView;

import java.util.List;

/**
 * An import's outcome: the article (new, already there, or only parsed), its quotes and where they sit, the
 * page's figures, and what the parser warned about.
 */
public record ImportResult(ArticleView article, Outcome outcome, List<QuoteView> quotes,
                           List<Figure> figures, List<String> warnings) {
    public enum Outcome {
        CREATED, UNCHANGED, PARSED
    }
}
