package dev.lede.sync;

import dev.lede.paging.Cursor;
import dev.lede.paging.Page;
import dev.lede.security.Caller;
import dev.lede.web.Limit;
import dev.lede.web.PublicRead;
import dev.lede.web.Rendered;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@Path("/changes")
@Tag(name = "Changes", description = "The ordered feed of content changes, for sync and caches")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {
    private final ChangeRepository changes;
    private final Caller caller;

    public ChangeFeedResource(ChangeRepository changes, Caller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listChanges", summary = "Changes since a cursor, oldest first",
            description = "Every write (imports, edits, publishing, deletions, quote corrections) appends one event "
                    + "in its own transaction, numbered in commit order, so following `page.nextCursor` never skips "
                    + "an event. `nextCursor` is always set: keep it and ask again later for what happens next. "
                    + "Without a key only events about published content are listed (an unpublished or deleted "
                    + "article included); an editor key sees every event.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    public Rendered list(
            @Parameter(description = "Cursor from `page.nextCursor` of an earlier answer; absent for the start of the "
                    + "feed") @RestQuery("since") Cursor since,
            @Parameter(description = "Page size, 1 to 100") @RestQuery("limit") @DefaultValue(Limit.DEFAULT)
            Limit limit) {
        Cursor cursor = Cursor.ofSize(since, 1);
        // an editor sees every event; the filter then answers privately and keeps nothing
        return page(cursor == null ? 0 : cursor.number(0), limit.value(), caller.isEditor());
    }

    private Rendered page(long after, int size, boolean all) {
        List<Change> rows = changes.after(after, all, size + 1);
        boolean more = rows.size() > size;
        List<Change> shown = more ? rows.subList(0, size) : rows;
        long last = shown.isEmpty() ? after : shown.get(shown.size() - 1).seq();
        ChangePage page = new ChangePage(shown, new Page.PageInfo(size, Cursor.of(last).token(), more));
        return Rendered.of(page, shown.isEmpty() ? null : shown.get(shown.size() - 1).at());
    }
}
