package dev.lede.ingest.quotes;

/**
 * A verb or phrase that attributes speech ("said", "according to"), by token index and char offsets. A weak cue
 * is a verb of communication that often is no attribution ("criticized", "thanked"): it can make a fragment in
 * quotation marks reported speech, but it does not attribute a quote that stands as its own sentence.
 */
record Cue(int first, int last, String text, int start, int end, boolean weak) {

    Cue(int first, int last, String text, int start, int end) {
        this(first, last, text, start, end, false);
    }

    boolean participle() {
        return text.endsWith("ing");
    }

    /** "said Jane Doe", "according to police": the speaker follows the cue. */
    boolean inverts() {
        return CueVerbs.inverts(text);
    }
}
