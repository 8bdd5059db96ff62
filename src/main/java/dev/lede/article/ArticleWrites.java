package dev.lede.article;

import dev.lede.web.ContentVersion;
import dev.lede.web.Representations;
import jakarta.ws.rs.core.Response;

/** What every write of an article answers. */
final class ArticleWrites {
    static final String IF_MATCH = "The ETag from your last GET of the article (or from the answer to your "
            + "last write)";

    private ArticleWrites() {
    }

    /** The article as the write left it: its view and ETag, for the writer only; every reader's cache moves on. */
    static Response.ResponseBuilder answer(ContentVersion contentVersion, int status, ArticleEditor.Edited e) {
        contentVersion.invalidate();
        return Representations.keyed(Response.status(status).entity(e.view()).header("ETag", e.etag()));
    }
}
