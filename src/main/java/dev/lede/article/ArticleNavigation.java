package dev.lede.article;

/** What {@code include=navigation} embeds in an article: computed by the navigation feature. */
public interface ArticleNavigation {
    /** Related articles a navigation lists unless asked for another number. */
    int DEFAULT_RELATED = 5;

    /** The navigation of an article, with up to {@code related} related articles (none when 0). */
    Navigation of(Article article, int related);
}
