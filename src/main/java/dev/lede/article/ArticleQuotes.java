package dev.lede.article;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What an article's view needs of its quotes: the quote feature owns them and answers. */
public interface ArticleQuotes {
    /** Where the visible quotes of an article sit in its paragraphs, in reading order. */
    List<ArticleViews.QuoteMark> marks(UUID articleId);

    /** How many visible quotes each of these articles has (none: absent). */
    Map<UUID, Integer> counts(List<UUID> articleIds);
}
