package dev.lede.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where news prose puts the speaker of a quote: after a dash, at the end of a long noun phrase, before appositives. */
class SpeakerPlacesTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void aNameSignedAfterADashEndsTheQuotesParagraph() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "We asked readers what the closure of the mill meant to them.",
                "“We waited four hours in the rain and nobody came.” ― Rosa Delgado",
                "“My father worked there for thirty years.” — Ken Ito, a retired welder",
                "“It was the heart of this town.”"));
        assertEquals(List.of("Rosa Delgado", "Ken Ito", "Ken Ito"), quotes.stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void aClosingMarkMistypedAtAParagraphsStartOpensTheQuote() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Readers wrote in all week.",
                "”The bus never comes on time, and nobody answers the phone.” ― Dora Fink"));
        assertEquals(1, quotes.size(), () -> "got " + quotes);
        assertEquals("The bus never comes on time, and nobody answers the phone.", quotes.get(0).text());
        assertEquals("Dora Fink", quotes.get(0).speaker());
    }

    @Test
    void theSpeakerIsThePersonALongNounPhraseEndsWith() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "“The vote was a mistake,” said Republican party chairman Ron Vetter.",
                "“Turnout will decide it,” said Denver-based consultant Lia Marsh."));
        assertEquals(List.of("Ron Vetter", "Lia Marsh"), quotes.stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void thePersonWhoOpensTheSentenceSpeaksAcrossSeveralAppositives() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Mark Holden, chairman of the board of Harbor Partners, the network’s funding arm, said it would “stay out of the race.”",
                "Nia Oduya, who lives outside the state capital, Salem, said she still “hopes for a miracle.”"));
        assertEquals(List.of("Mark Holden", "Nia Oduya"), quotes.stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void theSubjectComesAfterAnOpeningPhraseWithoutAVerb() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Hours later, Omar Reyes returned the compliment to Kim Soto, telling reporters, “She is a friend of many years.”"));
        assertEquals("Omar Reyes", quotes.get(0).speaker());
    }

    @Test
    void sheIsTheWomanNamedNotADescriptionThatSaysAMan() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "In 2008, Ada Lind, the mayor, bragged about her father teaching her to sail. “It made me who I am,” she said."));
        assertEquals("Ada Lind", quotes.get(0).speaker());
    }

    @Test
    void heOrSheTakesAnUnnamedSomeoneJustIntroduced() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Governor Ruth Amari announced the cuts on Monday.",
                "One nurse, who asked not to be named, said the ward was already short of staff. “We are exhausted,” she said."));
        assertEquals("One nurse", quotes.get(0).speaker());
    }

    @Test
    void aPartyAndStateInParenthesesStandsBetweenTheNameAndTheCue() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "On Saturday, Sen. Ellen Marsh (D-Vt.) said the plan was a “proven failure.”",
                "After the vote, Gov. Tom Reyes (R-Ohio), said, “We will appeal.”",
                "“It was never going to pass,” said former Rep. Dan Whitt (D-Calif.), one of its sponsors."));
        assertEquals(List.of("Ellen Marsh", "Tom Reyes", "Dan Whitt"), quotes.stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void aSurnameTakesTheGivenNameTheArticleGivesOnlyInsideQuotationMarks() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Speaking on “The Dana Kirsch Hour” on Thursday, the mayor defended the budget.",
                "“You will have to ask the council now,” Kirsch said.",
                "Now Kirsch wants an answer. “When?” Kirsch asked."));
        assertEquals(List.of("Dana Kirsch", "Dana Kirsch"), quotes.stream().filter(q -> !q.partial()).map(ExtractedQuote::speaker).toList());
    }

    @Test
    void aVerbOfSpeechInsideReportedSpeechGivesWayToTheCueThatReportsIt() {
        List<ExtractedQuote> quotes = extractor.extract(List.of(
                "Rami Carr, 31, a freelance photographer, said the convention represented the “perfect opportunity” to be heard."));
        assertEquals("Rami Carr", quotes.get(0).speaker());
    }
}
