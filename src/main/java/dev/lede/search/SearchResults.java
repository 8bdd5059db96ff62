package dev.lede.search;

import dev.lede.paging.Page;
import dev.lede.paging.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SearchResults", description = "A page of hits, best first, with facet counts over all hits")
public record SearchResults(List<SearchHit> data, Page.PageInfo page, SearchFacets facets) implements Paged {
}
