/**
 * A raw page to a parsed article, in plain Java. Entry point: {@link dev.lede.ingest.page.PageParser}.
 * Stages, in order:
 * <ol>
 *   <li>{@code TextNormalizer}: line endings, invisible characters, mis-decoded text ({@code Mojibake});</li>
 *   <li>{@code LineSorter}: each line is head metadata ({@code MetaLines}), page furniture ({@code Furniture},
 *       {@code Widgets}, {@code PhotoCredits}), noise ({@code Noise}) or story text;</li>
 *   <li>{@code PageHead}: section label, headline, standfirst, "Why We Wrote This", byline and dates;</li>
 *   <li>{@code CopyMerger}: overlapping copies of the story ({@code CopySplitter}, {@code Story},
 *       {@code StoryOrder}) merged into one list of blocks;</li>
 *   <li>{@code ParsedPage}: the result, with a warning for everything dropped.</li>
 * </ol>
 */
package dev.lede.ingest.page;
