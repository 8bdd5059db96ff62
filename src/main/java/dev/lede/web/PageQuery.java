package dev.lede.web;

import dev.lede.paging.Cursor;
import jakarta.ws.rs.DefaultValue;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Where a page of a list starts and how long it is: {@code cursor} and {@code limit}, the same for every list. */
public class PageQuery {
    @Parameter(description = "Opaque cursor from `page.nextCursor` of the previous page")
    @RestQuery("cursor")
    Cursor cursor;

    @Parameter(description = "Page size, 1 to 100")
    @RestQuery("limit")
    @DefaultValue(Limit.DEFAULT)
    Limit limit;

    /** Where the page starts: after the row this cursor names, a row of a list sorted by {@code keyCount} keys. */
    public Cursor after(int keyCount) {
        return Cursor.ofSize(cursor, keyCount);
    }

    public int size() {
        return limit.value();
    }
}
