package dev.lede.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void latinHeadlinesKeepTheirWordsWithoutAccents() {
        assertEquals("why-north-korea-is-sending-troops-to-russia-and-how-it-risks-an-escalation",
                Slugs.of("Why North Korea is sending troops to Russia – and how it risks an ‘escalation spiral’"));
        assertEquals("strasse-in-koln-fur-den-verkehr-gesperrt", Slugs.of("Straße in Köln für den Verkehr gesperrt"));
        assertEquals("the-mayors-plan", Slugs.of("The mayor’s plan"));
    }

    @Test
    void headlinesInOtherScriptsAreTransliteratedNotUntitled() {
        assertEquals("reka-vysla-iz-beregov", Slugs.of("Река вышла из берегов"));
        assertEquals("gang-i-bamsae-bul-eonassda", Slugs.of("강이 밤새 불어났다"));
        assertEquals("potamos-plemmyrise", Slugs.of("Ποταμός πλημμύρισε"));
    }

    @Test
    void nothingToSpellIsUntitled() {
        assertEquals("untitled", Slugs.of("!!! …"));
    }
}
