package dev.lede.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void decomposedAccentsAreComposed() {
        assertClean("Cafe\u0301 de\u0301ja\u0300 vu", "Café déjà vu");
    }

    @Test
    void nonBreakingAndOtherSpacesBecomeOneSpace() {
        assertClean("troops\u00A0\u00A0in  \t training.\u00A0 \u00A0", "troops in training.");
        assertClean("12\u202F000 troops", "12 000 troops");
    }

    @Test
    void windowsAndOldMacLineEndsBecomeLf() {
        assertClean("one\r\ntwo\rthree\n", "one\ntwo\nthree");
    }

    @Test
    void linesAreTrimmedAndBlankRunsShrinkToOneBlankLine() {
        assertClean("\n\n  News  \n\n\n\n  Headline here \n", "News\n\nHeadline here");
    }

    @Test
    void aByteOrderMarkIsStripped() {
        assertClean("\uFEFFNews", "News");
        assertClean("ï»¿News", "News");
    }

    @Test
    void typographyIsKept() {
        assertClean("“Déjà vu” – it’s back — naïve São Paulo café’s ‘spiral’ £5 €10",
                "“Déjà vu” – it’s back — naïve São Paulo café’s ‘spiral’ £5 €10");
    }

    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        NormalizedText text = TextNormalizer.normalize("Itâ€™s a cafÃ© â€“ open â€œdailyâ€\u009d, 5 â‚¬");

        assertEquals("It’s a café – open “daily”, 5 €", text.text());
        assertEquals(List.of("Repaired 6 mojibake sequences (UTF-8 text read as Windows-1252)"), text.warnings());
    }

    @Test
    void utf8ReadAsLatin1IsRepaired() {
        assertEquals("It’s Zoë’s", TextNormalizer.normalize("It\u00e2\u0080\u0099s Zo\u00c3\u00ab\u00e2\u0080\u0099s").text());
    }

    @Test
    void doubleEncodedMojibakeIsRepaired() {
        NormalizedText text = TextNormalizer.normalize("Russiaâ€™s war and itÃ¢â‚¬â„¢s cafÃƒÂ©");

        assertEquals("Russia’s war and it’s café", text.text());
        assertEquals(1, text.warnings().size(), text.warnings()::toString);
    }

    @Test
    void mojibakeNextToGenuineAccentsIsRepairedAlone() {
        assertClean("Pelé" + "â€™s goal", "Pelé’s goal", 1);
    }

    @Test
    void anAmbiguousSequenceIsLeftAndReported() {
        NormalizedText text = TextNormalizer.normalize("The â€ mark stays");

        assertEquals("The â€ mark stays", text.text());
        assertEquals(List.of("Left possible mojibake unrepaired: 'â€'"), text.warnings());
    }

    @Test
    void accentsBeforeSymbolsAreNotMistakenForMojibake() {
        assertClean("CAFÉ” and Ü€ prices", "CAFÉ” and Ü€ prices");
    }

    @Test
    void controlCharactersAreRemovedWithAWarning() {
        NormalizedText text = TextNormalizer.normalize("a\u0000b\u0007c\td\u009F");

        assertEquals("abc d", text.text());
        assertEquals(List.of("Removed 3 control characters"), text.warnings());
    }

    @Test
    void nullAndEmptyGiveEmptyText() {
        assertEquals(new NormalizedText("", List.of()), TextNormalizer.normalize(null));
        assertEquals(new NormalizedText("", List.of()), TextNormalizer.normalize(""));
    }

    private static void assertClean(String raw, String expected) {
        NormalizedText text = TextNormalizer.normalize(raw);
        assertEquals(expected, text.text());
        assertEquals(List.of(), text.warnings());
    }

    private static void assertClean(String raw, String expected, int warnings) {
        NormalizedText text = TextNormalizer.normalize(raw);
        assertEquals(expected, text.text());
        assertEquals(warnings, text.warnings().size(), text.warnings()::toString);
        assertTrue(text.warnings().get(0).startsWith("Repaired"));
    }
}
