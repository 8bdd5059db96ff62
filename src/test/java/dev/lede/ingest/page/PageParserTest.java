package dev.lede.ingest.page;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageParserTest {

    private final PageParser parser = new PageParser();

    @Test
    void aSingleCopyKeepsEveryBlockInOrder() {
        ParsedPage page = parse("single-copy.txt");

        assertEquals("World", page.section());
        assertEquals("Lagos commuters try a new ferry line as the roads stay jammed", page.headline());
        assertNull(page.whyWeWroteThis());
        assertNull(page.standfirst());
        assertBlocks(page, """
                P: LAGOS, Nigeria — A new public ferry route across the Lagos lagoon carried its first paying passengers on Monday, cutting some commutes from two hours to 40 minutes.
                P: The state transport agency says six boats will run every 20 minutes during rush hour, with fares set below those of the private operators already on the water.
                H: Safety first
                P: Officials said every passenger must wear a life jacket, after a string of accidents on informal boats last year.
                P: “We want people to trust the water again,” said Tunde Bakare, who manages the route for the agency.
                """);
        assertEquals(List.of(), page.warnings());
    }

    @Test
    void threeCopiesMergeIntoOneStoryWithTheFullerWordings() {
        ParsedPage page = parse("three-copies.txt");

        assertEquals("Public libraries are being rebuilt as community spaces, and this one shows what residents"
                + " actually use.", page.whyWeWroteThis());
        assertBlocks(page, """
                P: The Riverside public library reopened on Saturday after a two-year renovation that cost the city $14 million and added a rooftop reading garden.
                P: Hundreds of residents lined up before the doors opened at 9 a.m., many of them parents with small children.
                P: The building now has a maker space with 3D printers, a recording studio and a room of sewing machines that can be booked for free.
                P: Librarian Ana Ruiz said the busiest corner on opening day was not the new equipment but the old one: the shelf of picture books by the window.
                P: The library will keep longer hours through December, closing at 9 p.m. on weekdays.
                P: A second branch, on the east side of the river, is due to close for the same work next spring.
                """);
        assertTrue(page.warnings().contains("Merged 3 overlapping copies of the story"), page.warnings()::toString);
    }

    @Test
    void threeCopiesThatEachLeaveOutADifferentParagraphKeepAnOrderTrueToAllOfThem() {
        // merging the first two alone cannot tell which of "Okoro had led" and "In the women's race" comes first;
        // the third copy can
        ParsedPage page = parse("three-copies-out-of-step.txt");

        assertBlocks(page, """
                P: More than 12,000 runners finished the Brightwater marathon on Sunday, a record for the race in its 30th year.
                P: The men’s race was won by Daniel Okoro in 2 hours 11 minutes, two minutes outside the course record.
                P: Okoro had led from the 30-kilometre mark, after the early leaders slowed in a headwind along the seafront.
                P: In the women’s race, Grace Lindqvist won her third title in four years, finishing in 2 hours 27 minutes.
                P: Organisers said 40 runners were treated for heat exhaustion, none of them seriously.
                P: Next year’s race will move to April to avoid the warmer weather of late May.
                """);
        assertTrue(page.warnings().contains("Merged 3 overlapping copies of the story"), page.warnings()::toString);
    }

    @Test
    void aFullerEarlierCopyWinsOverALaterCopyCutAtTheStart() {
        ParsedPage page = parse("fuller-copy-first.txt");

        assertBlocks(page, """
                P: Dockworkers at the port of Halden returned to work on Thursday after union leaders accepted a pay offer that had been rejected twice.
                P: The strike had left more than 40 container ships waiting offshore and delayed deliveries of fuel and grain to inland towns.
                P: Under the deal, wages rise by 6 percent this year and by another 4 percent next year, and night shifts will be limited to four a week for workers over 55.
                P: “Nobody wins a strike, but nobody should work every night at 60 either,” said union secretary Lars Eide.
                P: Port managers said the backlog of ships would take about a week to clear.
                P: The port handles roughly a fifth of the country’s container traffic.
                """);
    }

    @Test
    void shortLinesThatAreNotSentencesAreSubheadsEvenAsQuestions() {
        ParsedPage page = parse("subheads.txt");

        assertBlocks(page, """
                P: Otters had not been seen on the Vale river for forty years when a hiker filmed a pair near the old mill in 2019.
                P: Now surveyors count at least 30 animals along a 25-mile stretch, according to a report published this week.
                H: Cleaner water
                P: The report credits the closure of two paper plants upstream and a ban on some pesticides for the return of the fish that otters eat.
                H: Why did it take so long?
                P: Otters breed slowly, and young animals rarely travel far from where they were born, said the report’s lead author, Dr. Helen Marsh.
                P: “Why now?” asked one angler at the meeting. “Because the river finally let them.”
                H: What comes next
                P: Volunteers will keep counting through the winter, and the county plans to fence off three stretches of bank.
                """);
    }

    @Test
    void furnitureAnywhereIsDroppedWithAWarningPerLine() {
        ParsedPage page = parse("furniture-in-the-middle.txt");

        assertEquals("Politics", page.section());
        assertEquals("City council votes to keep the night buses running", page.headline());
        assertBlocks(page, """
                P: The city council voted 7-2 on Tuesday to keep the night bus network running for another year, reversing a plan to cut it in January.
                P: Council members said hundreds of letters from shift workers, nurses and bar staff had changed their minds.
                P: The vote means the four overnight routes will run until at least next December.
                """);
        assertEquals(13, page.warnings().stream().filter(w -> w.startsWith("Dropped 1 line of page furniture")).count(),
                page.warnings()::toString);
        assertTrue(page.warnings().contains("Dropped 1 line of page furniture (topic label): 'Elections'"));
        // the photo caption with its credit is no longer furniture but the article's figure
        assertEquals(List.of(new Figure(null, null, "Riders wait for a night bus on Market Street in March.",
                "Jonas Berg/Harbor Gazette")), page.figures());
    }

    @Test
    void listsOfLinkedHeadlinesAndTheSiteNameAfterTheHeadlineAreDropped() {
        ParsedPage page = parse("related-links.txt");

        assertEquals("Clinics extend evening hours as flu season starts early", page.headline());
        assertEquals("Priya Nair", page.byline());
        assertEquals(LocalDate.of(2024, 11, 3), page.publishedOn());
        assertBlocks(page, """
                P: Family clinics across the valley will stay open until 8 p.m. on weekdays from Monday, as flu cases rise earlier than usual.
                P: Health officials said 1,200 flu cases were confirmed last week, three times as many as a year ago.
                """);
    }

    @Test
    void theSeedsCopiesInTheOtherOrderMergeToTheSameStory() {
        String seed = resource("/seeds/000_7f78643c581e5c7b.txt");
        List<String> parts = List.of(seed.split("\n\n"));
        // head, then the later (fuller) copy before the earlier one, then the furniture line
        String swapped = String.join("\n\n", concat(parts.subList(0, 2), parts.subList(11, 20), parts.subList(2, 11),
                parts.subList(20, parts.size())));

        assertEquals(parser.parse(seed).blocks(), parser.parse(swapped).blocks());
    }

    @Test
    void straightQuotesAreKeptAsTheyAre() {
        ParsedPage page = parse("straight-quotes.txt");

        assertEquals("\"It's our turn\": Harlow United reach their first cup final", page.headline());
        assertBlocks(page, """
                P: Harlow United beat Coldwater 2-1 on Sunday to reach the county cup final for the first time in the club's 112-year history.
                P: "It's our turn now," said captain Sam Reed, who scored the winner in the 88th minute. "We've waited long enough."
                P: The final will be played at Eastfield Park on May 18.
                """);
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkReadLikePlainText() {
        String text = resource("/pages/single-copy.txt");

        ParsedPage page = parser.parse("\uFEFF" + text.replace("\n", "\r\n"));

        assertEquals(parser.parse(text), page);
        assertEquals("World", page.section());
    }

    @Test
    void aOneParagraphArticleIsAnArticle() {
        ParsedPage page = parse("one-paragraph.txt");

        assertEquals("Weather", page.section());
        assertEquals("Snow closes mountain passes", page.headline());
        assertBlocks(page, """
                P: Heavy snow closed three mountain passes overnight, and the highway agency said they would stay shut until at least Friday morning.
                """);
        assertEquals(List.of(), page.missing());
    }

    @Test
    void bylineDatelineDateAndStandfirstAreReadAndLeftOutOfTheBody() {
        ParsedPage page = parse("byline-dateline-date.txt");

        assertEquals("A 40-megawatt array on the Saemangeum reservoir is the first step in a plan to power 100,000 homes.",
                page.standfirst());
        assertEquals("Jin-ho Park and Emily Carter, Staff writers", page.byline());
        assertEquals("SEOUL, South Korea", page.dateline());
        assertEquals(LocalDate.of(2024, 10, 24), page.publishedOn());
        assertBlocks(page, """
                P: SEOUL, South Korea — South Korea switched on its first large floating solar farm on Thursday, a field of 80,000 panels anchored to the bed of the Saemangeum reservoir.
                P: Engineers say the water keeps the panels cool, which makes them produce slightly more power than the same panels on land.
                """);
    }

    @Test
    void aRepeatedPageHeadIsDroppedAndAJoinedMetaLineIsSplit() {
        ParsedPage page = parse("repeated-head.txt");

        assertEquals("Tom Avery", page.byline());
        assertEquals(LocalDate.of(2024, 3, 2), page.publishedOn());
        assertEquals("A forgotten score found in a school cupboard shows how much music history still sits in"
                + " unlabelled boxes.", page.whyWeWroteThis());
        assertBlocks(page, """
                P: The orchestra of the city of Hallam performed a symphony on Friday that had not been heard since its premiere in 1934.
                P: The score was found last year in a cupboard at a primary school, wrapped in a newspaper from the week of the premiere.
                P: Its composer, Edith Crane, died in 1951 and is remembered mostly for her choral music.
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"October 24, 2024", "Oct. 24, 2024", "2024-10-24", "Published October 24, 2024 at 3:00 p.m.",
            "24 October 2024", "Thursday, Oct. 24, 2024", "Posted: Oct 24, 2024, 15:30 GMT", "2024-10-24T15:00:00Z"})
    void aDateLineGivesThePublicationDate(String dateLine) {
        ParsedPage page = parser.parse("Tides rise higher than forecast\n\n" + dateLine
                + "\n\nThe harbour flooded twice this week as spring tides beat the forecast by half a metre.");

        assertEquals(LocalDate.of(2024, 10, 24), page.publishedOn());
        assertEquals(1, page.blocks().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Jane Doe                              | Jane Doe",
            "By Jane Doe and John Roe, Staff writer   | Jane Doe and John Roe, Staff writer",
            "BY Ana de la Cruz                        | Ana de la Cruz"})
    void aBylineGivesTheNamesWithoutBy(String bylineLine, String names) {
        ParsedPage page = parser.parse("Tides rise higher than forecast\n\n" + bylineLine
                + "\n\nThe harbour flooded twice this week as spring tides beat the forecast by half a metre.");

        assertEquals(names, page.byline());
        assertEquals(1, page.blocks().size());
    }

    @Test
    void repairedMojibakeReachesTheBody() {
        ParsedPage page = parser.parse("Bakers say itâ€™s a cafÃ© boom\n\n"
                + "â€œWe canâ€™t bake fast enough,â€\u009d said Zoë Hart, who runs a bakery in Leeds.");

        assertEquals("Bakers say it’s a café boom", page.headline());
        assertBlocks(page, """
                P: “We can’t bake fast enough,” said Zoë Hart, who runs a bakery in Leeds.
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\r\n", "\uFEFF"})
    void blankTextIsNotAnArticle(String text) {
        assertEquals(List.of("headline", "paragraph"), parser.parse(text).missing());
    }

    @Test
    void nullIsNotAnArticle() {
        assertEquals(List.of("headline", "paragraph"), parser.parse(null).missing());
    }

    @Test
    void aPageOfFurnitureIsNotAnArticle() {
        ParsedPage page = parse("only-furniture.txt");

        assertEquals(List.of("headline", "paragraph"), page.missing());
        assertEquals(11, page.warnings().stream().filter(w -> w.startsWith("Dropped 1 line of page furniture")).count(),
                page.warnings()::toString);
        assertTrue(page.warnings().get(0).startsWith("Found no paragraph of prose in the text"), page.warnings()::toString);
    }

    @Test
    void aHeadlineWithoutParagraphsIsNotAnArticle() {
        assertEquals(List.of("paragraph"), parser.parse("News\n\nTides rise higher than forecast").missing());
    }

    @Test
    void aParagraphWithoutHeadlineIsAnArticleHeadedByItsFirstSentence() {
        ParsedPage page = parser.parse("The harbour flooded twice this week as spring tides beat the forecast by half a"
                + " metre. The council met to discuss new sea walls.");

        assertEquals(List.of(), page.missing());
        assertEquals("The harbour flooded twice this week as spring tides beat the forecast by half a metre.",
                page.headline());
        assertEquals(1, page.blocks().size());
        assertTrue(page.warnings().contains(
                "No line looks like a headline: took the opening words of the first paragraph as the headline"));
    }

    @Test
    void binaryGarbageIsNotAnArticle() {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);

        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE)) {
            ParsedPage page = parser.parse(new String(bytes, charset));
            assertEquals(List.of("headline", "paragraph"), page.missing(), charset::toString);
            assertTrue(page.blocks().isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\uD800", "Why We Wrote This", "By Jane Doe", "WASHINGTON —", "?", "—\n—\n—",
            "Previous Article\n\nPrevious Article", "a\u0301\u0301\u0301", "Ã", "ï»¿"})
    void oddInputNeverThrows(String text) {
        assertDoesNotThrow(() -> parser.parse(text).missing());
    }

    @Test
    void aVeryLongPageNeverThrows() {
        String paragraph = "The harbour flooded twice this week as spring tides beat the forecast by half a metre.\n\n";
        assertDoesNotThrow(() -> parser.parse("Tides rise\n\n" + paragraph.repeat(3000) + "x".repeat(100_000)));
    }

    @Test
    void oneParserServesManyThreadsAlike() throws Exception {
        String seed = resource("/seeds/000_7f78643c581e5c7b.txt");
        ParsedPage alone = parser.parse(seed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedPage>> pages = pool.invokeAll(Collections.nCopies(40, () -> parser.parse(seed)));
            for (Future<ParsedPage> page : pages) {
                assertEquals(alone, page.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private ParsedPage parse(String page) {
        return parser.parse(resource("/pages/" + page));
    }

    /** Expected blocks, one a line: "P: text" for a paragraph, "H: text" for a heading. */
    private static void assertBlocks(ParsedPage page, String expected) {
        List<String> actual = page.blocks().stream()
                .map(b -> (b.type() == BlockType.HEADING ? "H: " : "P: ") + b.text())
                .toList();
        assertEquals(expected.lines().toList(), actual);
    }

    private static String resource(String path) {
        try (InputStream in = PageParserTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
