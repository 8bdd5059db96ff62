package dev.lede.ingest.page;

/** What a line of page text is, judged from its own shape; where it sits on the page is judged later. */
enum LineKind {
    /** A paragraph: a sentence of some length, or a long line. */
    PROSE,
    /** A short sentence: "Please.", "Colombia had lost to Belgium on Monday." */
    SENTENCE,
    /** Anything else with words in it: a headline, a label, a menu entry, a linked title, a list item. */
    TEXT,
    /** A byline, a date line or a dateline, alone or joined. */
    META,
    /** A photo credit, or a caption that carries or announces one. */
    PHOTO,
    /** The "Why We Wrote This" label, or the label with its text. */
    BOX,
    /** Page furniture known by what it says: navigation, share bars, promotions, legal lines. */
    FURNITURE,
    /** Not text: binary garbage or symbol soup. */
    NOISE
}
