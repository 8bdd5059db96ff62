package dev.lede.article;

public enum ArticleStatus {
    DRAFT, PUBLISHED
}
