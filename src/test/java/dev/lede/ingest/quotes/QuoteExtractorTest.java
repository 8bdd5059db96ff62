package dev.lede.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteExtractorTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void cueAfterTheQuoteNamesTheSpeakerAndTitle() {
        ExtractedQuote q = only("“We will rebuild every house,” Mayor Jane Ortiz said on Monday.");
        assertQuote(q, "We will rebuild every house,", false, "Jane Ortiz", "said");
        assertEquals("Mayor", q.role());
    }

    @Test
    void cueBeforeTheQuote() {
        ExtractedQuote q = only("Governor Ellen Price said, “We are ready for the storm.”");
        assertQuote(q, "We are ready for the storm.", false, "Ellen Price", "said");
        assertEquals("Governor", q.role());
    }

    @Test
    void saidBeforeTheNameWithAnAppositiveRole() {
        ExtractedQuote q = only("“Nobody expected this,” said Tom Hale, a farmer near Elkton.");
        assertQuote(q, "Nobody expected this,", false, "Tom Hale", "said");
        assertEquals("farmer near Elkton", q.role());
    }

    @Test
    void saysBeforeTheNameInThePresentTense() {
        assertQuote(only("“The water is still rising,” says Ana Ruiz."), "The water is still rising,", false, "Ana Ruiz", "says");
    }

    @Test
    void toldReportersWithAnHonorificResolvesToTheFullName() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Chidi Okafor, who leads the tenants’ union, called the eviction notices illegal.",
                "“We are not leaving,” Mr. Okafor told reporters."));
        assertQuote(quotes.get(0), "We are not leaving,", false, "Chidi Okafor", "told");
    }

    @Test
    void accordingToAttributesAPartialQuote() {
        ExtractedQuote q = only("The budget is “dead on arrival,” according to Sen. Mary Blake.");
        assertQuote(q, "dead on arrival,", true, "Mary Blake", "according to");
        assertEquals("Sen.", q.role());
    }

    @Test
    void colonIntroducesAQuoteFromTheSubject() {
        ExtractedQuote q = only("Inspector Raj Patel was blunt: “Stay off the roads tonight.”");
        assertEquals("Raj Patel", q.speaker());
        assertFalse(q.partial());
    }

    @Test
    void titleAndSurnameResolveToTheFullNameIntroducedEarlier() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "U.S. Secretary of Defense Lloyd Austin confirmed the deployment this week.",
                "“It is left to be seen,” Secretary Austin said. “We are watching closely,” Austin added."));
        assertEquals(2, quotes.size());
        quotes.forEach(q -> assertEquals("Lloyd Austin", q.speaker()));
        quotes.forEach(q -> assertEquals("U.S. Secretary of Defense", q.role()));
        assertEquals("added", quotes.get(1).cue());
    }

    /** The tokenizer keeps the stop on words it takes for abbreviations ("ac.", "inc."), which surnames can end with. */
    @ParameterizedTest
    @ValueSource(strings = {"Peter Novac", "Ana Isaac", "Goran Jovanovac", "Lina Smithinc"})
    void aSurnameEndingTheSentenceIsNotAnAbbreviation(String name) {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "The harbour will be dredged next spring, said port director " + name + ".",
                "“We have waited long enough,” " + name + " said on Monday."));
        assertQuote(quotes.get(0), "We have waited long enough,", false, name, "said");
        assertEquals("port director", quotes.get(0).role());
        assertQuote(only("“We are ready,” said " + name + "."), "We are ready,", false, name, "said");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mr.", "Ms.", "Mrs.", "Dr.", "Prof."})
    void honorificAndSurnameResolveToTheFullName(String honorific) {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Robin Lindqvist, an epidemiologist at Hallam University, has studied the outbreak since March.",
                "“It is spreading faster than we feared,” " + honorific + " Lindqvist said."));
        assertEquals("Robin Lindqvist", quotes.get(0).speaker());
        assertEquals("epidemiologist at Hallam University", quotes.get(0).role());
    }

    @Test
    void theRoleAloneResolvesToThePersonWhoHoldsIt() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Mayor Gregory Stein backed the fare increase.",
                "“Nobody likes paying more,” the mayor said."));
        assertEquals("Gregory Stein", quotes.get(0).speaker());
    }

    @Test
    void organisationsAndGroupsKeepTheirNames() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "“The strikes are designed to make civilians suffer,” the White House said.",
                "“Repairs have begun,” officials in Kyiv said on Saturday.",
                "“He is in a stable condition,” police said.",
                "The Foreign Ministry summoned the ambassador. “This is unacceptable,” the ministry said."));
        assertEquals(List.of("The White House", "Officials in Kyiv", "Police", "The Foreign Ministry"),
                quotes.stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void aQuoteWithoutACueContinuesThePreviousSpeaker() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "“What exactly they’re doing is left to be seen,” Dana Ruiz said Wednesday. “We’re trying to learn more.”",
                "“We will know by Friday.”"));
        assertEquals(3, quotes.size());
        quotes.forEach(q -> assertEquals("Dana Ruiz", q.speaker()));
        assertNull(quotes.get(1).cue());
    }

    @Test
    void pronounsResolveToTheLastNamedSpeaker() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Superintendent Rachel Nguyen said the district faced a shortfall. “We will look at every option,” she said.",
                "Coach Paul Mercer disagreed. “Cuts to sport are a mistake,” he added.",
                "Parents at the meeting were angry. “Nobody asked us,” they said."));
        assertEquals(List.of("Rachel Nguyen", "Paul Mercer", "Parents at the meeting"),
                quotes.stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void heAndSheFollowTheHonorificsGender() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Ms. Ada Lee and Mr. Tom Park both spoke at the hearing.",
                "Mr. Park said the plan was sound. “It is not perfect,” she said."));
        assertEquals("Ada Lee", quotes.get(0).speaker());
    }

    @Test
    void aQuoteRunningOverParagraphsIsOneQuote() {
        List<String> paragraphs = List.of(
                "“We will not stop,” Coach Dana Ellis said. “Not this year. Not with this team.",
                "“Not next year either.”");
        List<ExtractedQuote> quotes = extractor.extract(paragraphs);
        assertEquals(2, quotes.size());
        ExtractedQuote q = quotes.get(1);
        assertEquals("Not this year. Not with this team.\n\nNot next year either.", q.text());
        assertEquals(0, q.paragraph());
        assertEquals("Not this year. Not with this team.", paragraphs.get(0).substring(q.start(), q.end()));
        assertEquals(paragraphs.get(0).length(), q.end());
        assertEquals("Dana Ellis", q.speaker());
    }

    @Test
    void aQuoteRunningOverParagraphsTakesItsCueFromWhereItCloses() {
        ExtractedQuote q = extractor.extract(List.of("“The wind gave us a break.", "“We finally got onto the ridge,” said Chief Marco Ruiz.")).get(0);
        assertEquals("The wind gave us a break.\n\nWe finally got onto the ridge,", q.text());
        assertQuote(q, q.text(), false, "Marco Ruiz", "said");
    }

    @Test
    void straightQuotesWithNestedSingleQuotesAreOneQuote() {
        ExtractedQuote q = only("\"Our members told me one thing: 'Hold the line,'\" says Maria Okafor.");
        assertQuote(q, "Our members told me one thing: 'Hold the line,'", false, "Maria Okafor", "says");
    }

    @Test
    void curlyQuotesWithNestedSingleQuotesAreOneQuote() {
        ExtractedQuote q = only("“She looked at me and said, ‘Go home,’ so I did,” said Lena Vance.");
        assertEquals("She looked at me and said, ‘Go home,’ so I did,", q.text());
        assertEquals("Lena Vance", q.speaker());
    }

    @Test
    void scareQuotesTitlesAndNamesAreNotQuotes() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "The festival opened with a screening of “The Long Winter,” a documentary about a fishing village.",
                "Critics have praised the so-called “slow cinema” movement for its patience.",
                "The city launched a program called “Fresh Start” for former inmates, officials said.",
                "North Korea’s move risks an ‘escalation spiral’ in the region.",
                "Both sides now fear an “escalation spiral” that neither of them wants.",
                "Officials said the “temporary” closure had lasted six years."));
        assertTrue(quotes.isEmpty(), () -> "got " + quotes);
    }

    @Test
    void aFragmentWithASpeechCueIsAPartialQuote() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Lloyd Austin confirmed the move this week, calling the development a “very, very serious” escalation.",
                "NATO Secretary-General Mark Rutte said that “Russia is paying a price” for the aid."));
        assertQuote(quotes.get(0), "very, very serious", true, "Lloyd Austin", "calling");
        assertQuote(quotes.get(1), "Russia is paying a price", true, "Mark Rutte", "said");
        assertEquals("NATO Secretary-General", quotes.get(1).role());
    }

    @Test
    void anInterruptedQuoteKeepsItsSpeaker() {
        List<ExtractedQuote> quotes = extractor.extract(List.of("“Nobody likes paying more,” Gregory Stein said, “but nobody likes broken escalators either.”"));
        assertEquals(2, quotes.size());
        quotes.forEach(q -> assertFalse(q.partial()));
        quotes.forEach(q -> assertEquals("Gregory Stein", q.speaker()));
    }

    @Test
    void aQuestionWithAskedBeforeTheName() {
        assertQuote(only("“Where is the money going?” asked Lucy Fairbanks, a nurse."), "Where is the money going?", false, "Lucy Fairbanks", "asked");
    }

    @Test
    void anAppositiveGivesTheRole() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Dr. Ingrid Holm, the county’s chief epidemiologist, said most cases were among children. “Vaccinate them,” she said.",
                "“It was a long night,” the festival’s director, Paula Brandt, told the audience."));
        assertEquals("county’s chief epidemiologist", quotes.get(0).role());
        assertEquals("Paula Brandt", quotes.get(1).speaker());
        assertEquals("festival’s director", quotes.get(1).role());
    }

    @Test
    void aFirstNameResolvesToTheFullName() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Eleven-year-old Arjun Mehta won the Westbridge Open on Sunday.",
                "Asked what he wants to do next, Arjun shrugged. “Beat my grandpa at cards,” he said."));
        assertEquals("Arjun Mehta", quotes.get(0).speaker());
    }

    @Test
    void aSpeakerIsNeverGuessedFromAnUnrelatedName() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "“There is no water, so there is no crop.” The hand-painted sign stands at the farm gate.",
                "The bridge was designed by the engineer John Smith in 1932.",
                "“It is simply unsafe.”"));
        assertEquals(2, quotes.size());
        quotes.forEach(q -> assertNull(q.speaker(), q.text()));
    }

    @Test
    void paragraphsWithoutQuotesYieldNothing() {
        assertTrue(extractor.extract(List.of()).isEmpty());
        assertTrue(extractor.extract(List.of("", "The council met on Monday.", "It adjourned at 9 p.m.")).isEmpty());
    }

    @Test
    void oneExtractorServesSeveralThreads() throws Exception {
        List<String> seed = QuoteExtractorSeedTest.SEED;
        List<ExtractedQuote> expected = extractor.extract(seed);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ExtractedQuote>>> runs = pool.invokeAll(List.of(() -> extractor.extract(seed), () -> extractor.extract(seed),
                    () -> extractor.extract(seed), () -> extractor.extract(seed)));
            for (Future<List<ExtractedQuote>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private ExtractedQuote only(String paragraph) {
        List<ExtractedQuote> quotes = extractor.extract(List.of(paragraph));
        assertEquals(1, quotes.size(), () -> "got " + quotes);
        return quotes.get(0);
    }

    private static void assertQuote(ExtractedQuote q, String text, boolean partial, String speaker, String cue) {
        assertEquals(text, q.text());
        assertEquals(partial, q.partial(), "partial");
        assertEquals(speaker, q.speaker(), "speaker");
        assertEquals(cue, q.cue(), "cue");
    }
}
