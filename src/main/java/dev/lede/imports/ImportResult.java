package dev.lede.imports;

import dev.lede.article.Article;

import java.util.List;

/** An import's outcome: the article (new, already there, or only parsed) and what the parser warned about. */
public record ImportResult(Article article, Outcome outcome, List<String> warnings) {
    public enum Outcome {
        CREATED, UNCHANGED, PARSED
    }
}
