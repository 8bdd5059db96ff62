package dev.lede.article;

/**
 * Fired, synchronously and inside the writing transaction, whenever an article is stored with a
 * new or changed body, so that what is derived from the body (its quotes) follows in that transaction.
 */
public record BodyChanged(Article article) {
}
