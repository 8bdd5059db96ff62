package dev.lede.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain texts and whole scraped pages as real sites give them: what is the article, and what is not. */
class TextArticleTest {

    private static final String FIRST = "Crews on the island ferries stopped work at dawn on Monday, leaving hundreds"
            + " of commuters on the quay.";
    private static final String SECOND = "The union says the new rota doubles the number of night shifts without any"
            + " extra pay.";

    private final PageParser parser = new PageParser();

    @ParameterizedTest
    @ValueSource(strings = {"Ferry crews walk out over night shifts", "Ferry crews walk out over night shifts.",
            "She left the valley. Then the valley followed her."})
    void aPlainTextsFirstLineIsItsHeadlineWithOrWithoutAFullStop(String headline) {
        ParsedPage page = parser.parse(headline + "\n\n" + FIRST + "\n\n" + SECOND);

        assertEquals(headline, page.headline());
        assertEquals(List.of(FIRST, SECOND), page.paragraphs());
        assertEquals(List.of(), page.missing());
        assertTrue(page.warnings().stream().noneMatch(w -> w.contains("headline")), page.warnings()::toString);
    }

    @Test
    void aSiteNameLineAboveTheHeadlineIsLeftOut() {
        ParsedPage page = parser.parse("The Valley Courier / Text Edition\n\nShe left the valley. Then the valley"
                + " followed her.\n\n" + FIRST + "\n\n" + SECOND);

        assertEquals("She left the valley. Then the valley followed her.", page.headline());
        assertEquals(List.of(FIRST, SECOND), page.paragraphs());
    }

    @Test
    void aPageOfMenusWithoutProseIsRefusedSayingSo() {
        ParsedPage page = parser.parse(String.join("\n", "Home", "World", "Business & Economy", "Science", "Sport",
                "Weather", "Podcasts", "Newsletters", "About Us", "Contact", "Privacy Policy", "Terms of Use"));

        assertTrue(page.missing().contains("paragraph"), page.missing()::toString);
        assertTrue(page.blocks().isEmpty());
        assertEquals("Found no paragraph of prose in the text: all its 12 lines are a headline, menu, link, label or"
                + " page furniture", page.warnings().get(0));
    }

    @Test
    void readingWidgetsAreDropped() {
        ParsedPage page = parser.parse("Ferry crews walk out over night shifts\n\n• Summary\n\n• Full story ( 4 Min. )"
                + "\n\n3 min read\n\n" + FIRST + "\n\n" + SECOND);

        assertEquals("Ferry crews walk out over night shifts", page.headline());
        assertEquals(List.of(FIRST, SECOND), page.blocks().stream().map(ParsedBlock::text).toList());
    }

    @Test
    void aPhotoCaptionAndItsCreditLineBecomeAFigure() {
        ParsedPage page = parser.parse("Ferry crews walk out over night shifts\n\n" + FIRST + "\n\nCommuters wait on the"
                + " quay at Westhaven on Monday morning.\n\nPhoto: Mara Olsen/Island Press\n\n" + SECOND);

        assertEquals(List.of(new Figure(null, null, "Commuters wait on the quay at Westhaven on Monday morning.",
                "Mara Olsen/Island Press")), page.figures());
        assertEquals(List.of(FIRST, SECOND), page.blocks().stream().map(ParsedBlock::text).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Tartu, Estonia; Tartu, Estonia", "| Duluth, Minn.; Duluth, Minn."})
    void aPlaceAloneOnALineIsTheDatelineNotAHeading(String line, String place) {
        ParsedPage page = parser.parse("Ferry crews walk out over night shifts\n\n" + line + "\n\n" + FIRST + "\n\n"
                + SECOND);

        assertEquals(place, page.dateline());
        assertEquals(List.of(FIRST, SECOND), page.blocks().stream().map(ParsedBlock::text).toList());
    }

    @Test
    void aWholePageKeepsTheArticleWithoutMenusLinkListsCommentsOrFooter() {
        String menu = String.join("\n", "Skip to content", "Home", "News", "Island life", "Transport", "Opinion",
                "Sport", "What's on", "Subscribe");
        String related = String.join("\n", "Most read", "Harbour fees to rise in spring",
                "Old lighthouse opens to visitors", "Council backs new cycle lanes");
        String comments = String.join("\n", "2 thoughts on “Ferry crews walk out over night shifts”", "harbourwatcher",
                "May 4, 2024 at 7:12 am", "About time somebody stood up to the ferry company, they have ignored the"
                        + " crews for years.", "islander77", "May 4, 2024 at 8:40 am",
                "My commute took three hours today and nobody told us anything at the terminal.");
        String footer = String.join("\n", "About us", "Advertise", "© 2024 Island Press. All rights reserved.");
        ParsedPage page = parser.parse(String.join("\n", menu, "Ferry crews walk out over night shifts",
                "By Mara Olsen", "May 4, 2024", "Share", FIRST, SECOND, related, comments, footer));

        assertEquals("Ferry crews walk out over night shifts", page.headline());
        assertEquals("Mara Olsen", page.byline());
        assertEquals(List.of(FIRST, SECOND), page.blocks().stream().map(ParsedBlock::text).toList());
    }

    @Test
    void textInOtherLanguagesIsNotDamaged() {
        String german = "Die Fähre fuhr am Montag z. B. nur zweimal. Dr. Weber sagte, das sei zu wenig.";
        String russian = "Паром в понедельник ходил только дважды, сказал капитан порта.";
        String japanese = "月曜日、フェリーは二便だけ運航した。港の職員は乗客に謝罪した。";
        String korean = "월요일에 여객선은 두 번만 운항했다. 항구 직원은 승객들에게 사과했다.";
        String arabic = "لم تبحر العبارة يوم الاثنين إلا مرتين، واعتذر موظفو الميناء للركاب عن التأخير الطويل.";
        String hindi = "सोमवार को नौका केवल दो बार चली। बंदरगाह के कर्मचारियों ने यात्रियों से माफ़ी मांगी।";
        List<String> paragraphs = List.of(german, russian, japanese, korean, arabic, hindi);
        ParsedPage page = parser.parse("Fähren fahren seltener.\n\n" + String.join("\n\n", paragraphs));

        assertEquals("Fähren fahren seltener.", page.headline());
        assertEquals(paragraphs, page.paragraphs());
        assertNull(page.dateline());
    }

    @Test
    void aHeadlineInAScriptWithoutCaseIsAHeadline() {
        ParsedPage page = parser.parse("フェリーの乗員がストライキ\n\n" + "月曜日、フェリーは二便だけ運航した。港の職員は乗客に謝罪し、"
                + "火曜日には通常の運航に戻ると説明した。\n\n" + "組合は夜勤の回数が倍になったと主張している。");

        assertEquals("フェリーの乗員がストライキ", page.headline());
        assertEquals(2, page.paragraphs().size());
    }

    @Test
    void aTextInAScriptWithoutFullStopsHasProse() {
        String thai = "เรือข้ามฟากหยุดให้บริการในวันจันทร์ เพราะลูกเรือประท้วงเรื่องกะกลางคืน"
                + " ผู้โดยสารหลายร้อยคนต้องรอที่ท่าเรือเป็นเวลานาน และบริษัทยังไม่ได้แจ้งว่าจะกลับมาเดินเรือเมื่อใด";
        ParsedPage page = parser.parse("ลูกเรือเฟอร์รี่หยุดงาน\n\n" + thai);

        assertEquals(List.of(), page.missing());
        assertEquals("ลูกเรือเฟอร์รี่หยุดงาน", page.headline());
        assertEquals(List.of(thai), page.paragraphs());
    }

    @Test
    void aListTheTextIntroducesStaysAndALinkListGoes() {
        String intro = "The ferry company published the reduced timetable for the rest of the week:";
        List<String> timetable = List.of("Tuesday – Westhaven 7:00, Northpoint 9:30",
                "Wednesday – Westhaven 8:00, Northpoint 10:30", "Thursday – Westhaven 7:00, Northpoint 9:30");
        String links = String.join("\n", "Harbour fees to rise in spring", "Old lighthouse opens to visitors",
                "Council backs new cycle lanes");
        ParsedPage page = parser.parse("Ferry crews walk out over night shifts\n\n" + FIRST + "\n" + links + "\n"
                + SECOND + "\n" + intro + "\n" + String.join("\n", timetable) + "\nMost read\nWeather\nSport");

        List<String> expected = new ArrayList<>(List.of(FIRST, SECOND, intro));
        expected.addAll(timetable);
        assertEquals(expected, page.blocks().stream().map(ParsedBlock::text).toList());
    }

    @Test
    void aTextOfShortSentencesOnlyIsStillAnArticle() {
        ParsedPage page = parser.parse("Snow closes the pass\n\nThe pass is shut.\n\nCrews are out all night.");

        assertEquals(List.of(), page.missing());
        assertEquals("Snow closes the pass", page.headline());
        assertEquals(List.of("The pass is shut.", "Crews are out all night."), page.paragraphs());
    }

    @Test
    void aMenuRunTogetherOnOneLineIsNotProse() {
        String menu = "Home News World Business Markets Technology Science Health Sport Football Cricket Tennis Golf"
                + " Culture Books Film Music Travel Food Style Opinion Letters Obituaries Weather Podcasts Video";
        ParsedPage page = parser.parse(menu + "\n" + menu + "\nFerry crews walk out over night shifts\n" + FIRST
                + "\n" + SECOND);

        assertEquals("Ferry crews walk out over night shifts", page.headline());
        assertEquals(List.of(FIRST, SECOND), page.blocks().stream().map(ParsedBlock::text).toList());
    }
}
