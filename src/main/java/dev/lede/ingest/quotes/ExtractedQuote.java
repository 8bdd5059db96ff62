package dev.lede.ingest.quotes;

/**
 * A quotation found in an article's body.
 *
 * <p>{@code paragraph} is the index of the paragraph where the quote opens, and {@code start}/{@code end}
 * (end exclusive) locate the quoted text in that paragraph's string, without the quotation marks.
 * A quote that runs over several paragraphs (news style: no closing mark at the end of a paragraph, a new
 * opening mark at the start of the next) has its parts joined with a blank line ({@code "\n\n"}) in
 * {@code text}; {@code start}/{@code end} then cover only the first part, which runs to the end of the
 * opening paragraph, and each later part begins right after the opening mark of the paragraph that follows.
 *
 * <p>{@code partial} marks a fragment inside the writer's own sentence. {@code speaker} is the fullest name the
 * article gives the person (or the name of an organisation, or the words for a group), {@code speakerType} what
 * the speaker is, {@code role} the title or description given where the speaker was introduced, {@code affiliation}
 * the organisation or place they were given with ("Ana Ruiz of the Clean Water Alliance"), and {@code cue} the
 * attributing verb or phrase; each is null when the article does not say.
 */
public record ExtractedQuote(String text, boolean partial, int paragraph, int start, int end,
                             String speaker, String role, String cue, SpeakerType speakerType, String affiliation) {
}
