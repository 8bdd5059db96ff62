package dev.lede.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and how to get the next page. */
public record Page<T>(List<T> data, PageInfo page) implements Paged {

    @Schema(name = "PageInfo")
    public record PageInfo(@Schema(description = "The page size asked for", example = "20") int limit,
                           @Schema(nullable = true,
                                   description = "Opaque cursor for the next page; null on the last page")
                                   String nextCursor,
                           @Schema(description = "Whether another page follows") boolean hasMore) {
    }

    public <U> Page<U> map(Function<T, U> f) {
        return new Page<>(data.stream().map(f).toList(), page);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows: the extra row only tells that more follow.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, Cursor> cursorOf, Function<R, T> view) {
        boolean hasMore = rows.size() > limit;
        List<R> shown = hasMore ? rows.subList(0, limit) : rows;
        String next = hasMore ? cursorOf.apply(shown.get(shown.size() - 1)).token() : null;
        return new Page<>(shown.stream().map(view).toList(), new PageInfo(limit, next, hasMore));
    }
}
