package dev.lede.article;

import dev.lede.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ArticleSummaryPage")
final class ArticleSummaryPage {
    public List<ArticleSummary> data;
    public Page.PageInfo page;
}
