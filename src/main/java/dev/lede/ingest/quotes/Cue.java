package dev.lede.ingest.quotes;

/** A verb or phrase that attributes speech ("said", "according to"), by token index and char offsets. */
record Cue(int first, int last, String text, int start, int end) {

    boolean participle() {
        return text.endsWith("ing");
    }

    /** "said Jane Doe", "according to police": the speaker follows the cue. */
    boolean inverts() {
        return CueVerbs.inverts(text);
    }
}
