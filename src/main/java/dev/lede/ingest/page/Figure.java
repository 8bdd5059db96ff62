package dev.lede.ingest.page;

/** An image of the article: its address, the alternative text, the caption under it and who took or owns it. */
public record Figure(String src, String alt, String caption, String credit) {
}
