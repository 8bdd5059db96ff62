package dev.lede.ingest.page;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a normalized, non-empty line: label, headline, subhead, one sentence. Scripts without letter case
 * (Japanese, Korean, Arabic...) count as capitalised, and scripts written without spaces count by characters.
 */
final class Lines {

    private static final Pattern SENTENCE_END = Pattern.compile("([.!?])[”\"’')\\]]*\\s+[“\"‘'(\\[]?[\\p{Lu}\\d]");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov",
            "lt", "col", "capt", "sgt", "maj", "adm", "prof", "st", "jr", "sr", "rev", "hon", "no", "vol", "inc",
            "corp", "co", "ltd", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");
    // full stops, question and exclamation marks of the world's scripts: Latin, CJK, Arabic, Urdu, Devanagari,
    // Armenian, Ethiopic, Myanmar, Khmer
    private static final String STOPS = ".!?。！？؟۔।॥։።။។";
    private static final int MIN_LIST_BARS = 2;
    private static final int MAX_WORDS_PER_LINK = 6;
    private static final String CLOSERS = "”\"’')]";

    private Lines() {
    }

    /**
     * How much text the line holds, in words: spaces separate words, and in scripts written without them (Chinese,
     * Japanese, Thai...) two characters count as one word.
     */
    static int weight(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        int spaces = 0;
        int unspaced = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            spaces += c == ' ' ? 1 : 0;
            unspaced += c >= 0x0E00 && isUnspaced(c) ? 1 : 0;
        }
        return spaces + 1 + unspaced / 2;
    }

    /** Written in a script whose sentences end without a stop (Thai, Lao): a paragraph there ends bare. */
    static boolean endsWithoutStops(String line) {
        char last = line.charAt(line.length() - 1);
        return last >= 0x0E00 && last <= 0x0EFF;
    }

    private static boolean isUnspaced(char c) {
        if (c < 0x1800) {
            return c >= 0x0E00 && c <= 0x0EFF || c >= 0x1000 && c <= 0x109F || c >= 0x1780;
        }
        return c >= 0x3040 && c <= 0x30FF || c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    static int words(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /** A short label such as a section ("World", "Science & Tech") or a topic ("Ukraine war"). */
    static boolean isLabel(String line) {
        int words = weight(line);
        if (words > 3 || line.length() > 40 || !isCapital(line.charAt(0))
                || !Character.isLetter(line.charAt(line.length() - 1))) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '&' && c != '-' && c != '+' && c != '’' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** A headline, or a linked headline in a list: a title of a few words, not ending like a sentence. */
    static boolean isHeadline(String line) {
        int words = weight(line);
        return words >= 2 && words <= 30 && startsLikeTitle(line) && !endsLikeSentence(line);
    }

    /** A subhead: short, one sentence at most (a question is fine), not ending like a sentence or a clause. */
    static boolean isHeading(String line) {
        return weight(line) <= 12 && startsLikeTitle(line) && !endsLikeSentence(line) && isOneSentence(line);
    }

    /** Ends with a period, clause punctuation, or a quotation that itself ends a sentence (even with "?"). */
    static boolean endsLikeSentence(String line) {
        int last = line.length() - 1;
        if (last > 0 && CLOSERS.indexOf(line.charAt(last)) >= 0) {
            return (",;:…" + STOPS).indexOf(line.charAt(last - 1)) >= 0;
        }
        return (",;:…" + STOPS).replace("?", "").indexOf(line.charAt(last)) >= 0;
    }

    /** Ends as a sentence does: a full stop, "!" or "?", maybe inside a closing quotation mark or bracket. */
    static boolean endsWithStop(String line) {
        int last = line.length() - 1;
        while (last > 0 && CLOSERS.indexOf(line.charAt(last)) >= 0) {
            last--;
        }
        return STOPS.indexOf(line.charAt(last)) >= 0 && !endsWithEllipsis(line);
    }

    /** Holds clause or sentence punctuation inside it: ", ", ". ", "; " or an ideographic full stop. */
    static boolean hasInnerPunctuation(String line) {
        return line.contains(", ") || line.contains(". ") || line.contains("; ") || line.indexOf('。') >= 0
                || line.indexOf('，') >= 0;
    }

    /** Links run together with bars: "About us | Contact Us | Support | Privacy Policy". */
    static boolean isBarList(String line) {
        int bars = 0;
        for (int at = line.indexOf(" | "); at >= 0; at = line.indexOf(" | ", at + 3)) {
            bars++;
        }
        return bars >= MIN_LIST_BARS && words(line) <= (bars + 1) * MAX_WORDS_PER_LINK;
    }

    /** Several teasers cut short and run together on one line, as a ticker or carousel shows them. */
    static boolean isTeaserReel(String line) {
        int cuts = 0;
        for (int at = line.indexOf("... "); at >= 0 && cuts < 2; at = line.indexOf("... ", at + 4)) {
            cuts++;
        }
        for (int at = line.indexOf("… "); at >= 0 && cuts < 2; at = line.indexOf("… ", at + 2)) {
            cuts++;
        }
        return cuts >= 2;
    }

    /** Most of its words start with a small letter, as running prose does and a run of menu entries or titles does not.
     *  */
    static boolean isMostlyLowerCase(String line) {
        int lower = 0;
        int words = 0;
        for (int i = 0; i < line.length(); i++) {
            if (i == 0 || line.charAt(i - 1) == ' ') {
                words++;
                lower += Character.isLowerCase(line.charAt(i)) ? 1 : 0;
            }
        }
        return lower * 2 >= words;
    }

    /** Cut short, as teasers are: "Two people were diagnosed with the plague,..." */
    static boolean endsWithEllipsis(String line) {
        return line.endsWith("…") || line.endsWith("...") || line.endsWith("[+]");
    }

    /** The line up to the end of its first sentence (all of it when it is one sentence). */
    static String firstSentence(String line) {
        Matcher m = SENTENCE_END.matcher(line);
        while (m.find()) {
            if (!m.group(1).equals(".") || !isAbbreviation(line, m.start(1))) {
                int end = m.end(1);
                while (CLOSERS.indexOf(line.charAt(end)) >= 0) {
                    end++;
                }
                return line.substring(0, end);
            }
        }
        return line;
    }

    static boolean isOneSentence(String line) {
        Matcher m = SENTENCE_END.matcher(line);
        while (m.find()) {
            if (!m.group(1).equals(".") || !isAbbreviation(line, m.start(1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbbreviation(String line, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) {
            start--;
        }
        String word = line.substring(start, dot);
        return word.length() == 1 || word.indexOf('.') >= 0
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean startsLikeTitle(String line) {
        char first = line.charAt(0);
        return isCapital(first) || Character.isDigit(first) || "“\"‘'¿¡«„「『".indexOf(first) >= 0;
    }

    /** An upper-case letter, or a letter of a script without case. */
    private static boolean isCapital(char c) {
        return Character.isUpperCase(c) || Character.isLetter(c) && !Character.isLowerCase(c);
    }
}
