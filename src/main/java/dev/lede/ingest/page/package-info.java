/**
 * A raw page, HTML or visible text, to a parsed article, in plain Java. Entry point:
 * {@link dev.lede.ingest.page.PageReader} ({@code RawPage} in, {@code ParsedPage} out). Stages, in order, each
 * handing its result to the next:
 * <ol>
 *   <li>HTML ({@code html.HtmlReader}): metadata from JSON-LD ({@code JsonLd}, {@code JsonLdArticle}), then meta
 *       tags, canonical link and {@code <html lang>} ({@code MetaTags}), merged as {@code Declared}; the headline
 *       ({@code Headlines}); page furniture removed by tag, role and class/id ({@code Cleaner}, {@code Hints});
 *       the story located by the declared article body ({@code BodyLocator}) or by content scoring
 *       ({@code ContentScorer}, {@code TextStats}); its blocks in reading order without link lists
 *       ({@code BlockWalker}); its images with caption and credit ({@code Figures});</li>
 *   <li>text ({@code PageParser}):
 *     <ol>
 *       <li>{@code TextNormalizer}: line endings, invisible characters, mis-decoded text ({@code Mojibake});</li>
 *       <li>{@code Line}: what each line is by its own shape ({@code LineKind}): prose, a short sentence, a title
 *           or label ({@code Lines}), a byline, date or dateline ({@code MetaLines}, {@code Bylines},
 *           {@code DateLines}), a photo caption or credit ({@code PhotoCredits}), furniture known by what it says
 *           ({@code Furniture}, {@code Widgets}), noise ({@code Noise});</li>
 *       <li>{@code ProseRun}: the main run of prose, judged by where lines sit: the stretch whose prose most
 *           outweighs the menus and link lists in it, from the article's own start ({@code ArticleStart}) to
 *           readers' comments ({@code Comments});</li>
 *       <li>{@code PageHead}: section label, headline ({@code Headlines}, or {@code GuessedHeadline}) and
 *           standfirst above the prose, as a {@code Head};</li>
 *       <li>{@code LineSorter}: the lines from the head to the end of the prose: byline, dates and dateline
 *           ({@code MetaCollector}), the "Why We Wrote This" box, figures ({@code Figures}), link lists, noise
 *           ({@code NoiseLines}) and furniture go; the story's lines stay, as a {@code Body};</li>
 *       <li>{@code CopyMerger}: overlapping copies of the story ({@code CopySplitter}, {@code Story},
 *           {@code StoryOrder}) merged into one list of blocks; a warning for everything dropped or guessed
 *           ({@code Warnings}, {@code OutsideLines} for the lines around the article);</li>
 *     </ol>
 *   </li>
 *   <li>{@code Languages}: the language the page declares, else the one detected from its text;</li>
 *   <li>{@code ParsedPage}: the result, with {@code PageMeta}, {@code Figure}s and a warning for everything
 * dropped.</li>
 * </ol>
 */
package dev.lede.ingest.page;
