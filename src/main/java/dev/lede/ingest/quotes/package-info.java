/**
 * Quotes of an article's paragraphs and their speakers, in plain Java. Entry point:
 * {@link dev.lede.ingest.quotes.QuoteExtractor}. Stages, in order:
 * <ol>
 *   <li>{@code QuoteSpans}: the spans between quotation marks;</li>
 *   <li>{@code Sentences}: sentences, tokens and parts of speech (OpenNLP, {@code NlpModels}); {@code OpeningNames}
 *       corrects the tag of a name that opens a sentence from how the article writes it elsewhere;</li>
 *   <li>{@code QuoteForm}: which spans are quotes (direct or partial) and which are titles or scare quotes;</li>
 *   <li>{@code Attribution}: the cue verb ({@code CueVerbs}, {@code SpeechVerbs}) and speaker mention ({@code
 * Mentions},
 *       {@code Names}, {@code Phrases}, {@code Titles}, {@code AgentNouns}) of each quote, or beside it ({@code
 * Neighbours});</li>
 *   <li>{@code SpeakerResolver}: mentions resolved to the people the article names ({@code Source}, {@code PersonName},
 *       {@code Pronouns}), each by the fullest name the article gives them ({@code FirstNames}: given names found only
 *       in quotation marks).</li>
 * </ol>
 * {@code SpeakerNames} tells whether speakers of different articles are one person.
 */
package dev.lede.ingest.quotes;
