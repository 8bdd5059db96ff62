package dev.lede.sync;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;

/** Reading the change feed from a test, as an editor: where it ends now, and the events after a cursor. */
public final class Feed {
    private Feed() {
    }

    /** The cursor at the end of the feed now. */
    public static String tail() {
        String[] cursor = {""};
        follow(cursor);
        return cursor[0];
    }

    /** The events after {@code since}, to the end. */
    public static List<Map<String, Object>> after(String since) {
        return follow(new String[] {since});
    }

    /** Reads the feed from {@code cursor} until it has no more; returns the events and moves the cursor. */
    static List<Map<String, Object>> follow(String[] cursor) {
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            JsonPath page = as(EDITOR).queryParam("limit", 37).queryParam("since", cursor[0])
                    .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            events.addAll(page.getList("data"));
            cursor[0] = page.getString("page.nextCursor");
            if (!page.getBoolean("page.hasMore")) {
                return events;
            }
        }
    }
}
