package dev.lede.quote;

import dev.lede.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "QuotePage")
public final class QuotePage {
    public List<QuoteView> data;
    public Page.PageInfo page;
}
