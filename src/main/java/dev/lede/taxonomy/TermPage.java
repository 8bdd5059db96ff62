package dev.lede.taxonomy;

import dev.lede.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TermPage")
final class TermPage {
    public List<Term> data;
    public Page.PageInfo page;
}
