package dev.lede.ingest.page;

/**
 * An image of the article: its address, the alternative text, the caption under it and who took or owns it, and
 * where the story shows it: the index in the page's blocks before which it stands, null where the page does not
 * place it (the lead image a page declares, a caption in a text page).
 */
public record Figure(String src, String alt, String caption, String credit, Integer position) {

    public Figure(String src, String alt, String caption, String credit) {
        this(src, alt, caption, credit, null);
    }

    public Figure at(Integer position) {
        return new Figure(src, alt, caption, credit, position);
    }
}
