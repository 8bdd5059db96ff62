package dev.lede.article;

public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, DELETED
}
