/**
 * Quotes of an article's paragraphs and their speakers, in plain Java. Entry point:
 * {@link dev.lede.ingest.quotes.QuoteExtractor}. Stages, in order:
 * <ol>
 *   <li>{@code QuoteSpans}: the spans between quotation marks;</li>
 *   <li>{@code Sentences}: sentences, tokens and parts of speech (OpenNLP, {@code NlpModels});</li>
 *   <li>{@code QuoteForm}: which spans are quotes (direct or partial) and which are titles or scare quotes;</li>
 *   <li>{@code Attribution}: the cue verb ({@code CueVerbs}) and speaker mention ({@code Mentions},
 *       {@code Names}, {@code Phrases}, {@code Titles}) of each quote;</li>
 *   <li>{@code SpeakerResolver}: mentions resolved to the people the article names ({@code Source}).</li>
 * </ol>
 */
package dev.lede.ingest.quotes;
