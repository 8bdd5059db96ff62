package dev.lede.paging;

/** A representation that is one page of a list: it knows whether another page follows, and where. */
public interface Paged {
    Page.PageInfo page();
}
