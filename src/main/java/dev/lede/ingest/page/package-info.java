/**
 * A raw page, HTML or visible text, to a parsed article, in plain Java. Entry point:
 * {@link dev.lede.ingest.page.PageReader} ({@code RawPage} in, {@code ParsedPage} out). Stages, in order:
 * <ol>
 *   <li>HTML ({@code html.HtmlReader}): metadata from JSON-LD ({@code JsonLd}, {@code JsonLdArticle}), then meta
 *       tags, canonical link and {@code <html lang>} ({@code MetaTags}), merged as {@code Declared}; the headline
 *       ({@code Headlines}); page furniture removed by tag, role and class/id ({@code Cleaner}, {@code Hints});
 *       the story located by the declared article body ({@code BodyLocator}) or by content scoring
 *       ({@code ContentScorer}, {@code TextStats}); its blocks in reading order without link lists
 *       ({@code BlockWalker}); its images with caption and credit ({@code Figures});</li>
 *   <li>text ({@code PageParser}): {@code TextNormalizer} (line endings, invisible characters, {@code Mojibake});
 *       {@code LineSorter}: each line is head metadata ({@code MetaLines}), page furniture ({@code Furniture},
 *       {@code Widgets}, {@code PhotoCredits}), noise ({@code Noise}) or story text; {@code PageHead}: section
 *       label, headline, standfirst, "Why We Wrote This", byline and dates; {@code CopyMerger}: overlapping copies
 *       of the story ({@code CopySplitter}, {@code Story}, {@code StoryOrder}) merged into one list of blocks;</li>
 *   <li>{@code Languages}: the language the page declares, else the one detected from its text;</li>
 *   <li>{@code ParsedPage}: the result, with {@code PageMeta}, {@code Figure}s and a warning for everything dropped.</li>
 * </ol>
 */
package dev.lede.ingest.page;
