package dev.lede.syndication;

import dev.lede.article.ArticleView;
import dev.lede.article.ArticleViews.BlockView;
import org.jsoup.nodes.Entities;

/** An article's body as HTML for feeds that carry the full text: paragraphs, subheads and figures with srcset. */
final class ArticleHtml {
    private ArticleHtml() {
    }

    static String of(ArticleView article) {
        StringBuilder html = new StringBuilder();
        for (BlockView b : article.body()) {
            switch (b.type()) {
                case "heading" -> html.append("<h2>").append(Entities.escape(b.text())).append("</h2>");
                case "image" -> figure(html, b);
                default -> html.append("<p>").append(Entities.escape(b.text())).append("</p>");
            }
        }
        return html.toString();
    }

    private static void figure(StringBuilder html, BlockView b) {
        var p = b.picture();
        if (p.image() == null || p.image().src() == null) {
            if (p.caption() != null) {
                html.append("<p><em>").append(Entities.escape(p.caption())).append("</em></p>");
            }
            return;
        }
        html.append("<figure><img src=\"").append(Entities.escape(p.image().src())).append("\" srcset=\"")
                .append(Entities.escape(p.image().srcset())).append("\" alt=\"")
                        .append(Entities.escape(p.alt() == null ? "" : p.alt()))
                .append("\">");
        String caption = p.caption() == null ? p.credit() : p.credit() == null ? p.caption() : p.caption() + " "
                + p.credit();
        if (caption != null) {
            html.append("<figcaption>").append(Entities.escape(caption)).append("</figcaption>");
        }
        html.append("</figure>");
    }
}
