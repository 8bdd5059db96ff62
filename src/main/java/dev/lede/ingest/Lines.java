package dev.lede.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shape of a normalized line: text or noise, label, headline, subhead, one sentence. */
final class Lines {

    private static final Pattern SENTENCE_END = Pattern.compile("([.!?])[”\"’')\\]]*\\s+[“\"‘'(\\[]?[\\p{Lu}\\d]");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov",
            "lt", "col", "capt", "sgt", "maj", "adm", "prof", "st", "jr", "sr", "rev", "hon", "no", "vol", "inc",
            "corp", "co", "ltd", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");
    private static final String CLOSERS = "”\"’')]";
    private static final String COMMON_PUNCTUATION = ".,;:!?'\"“”‘’()[]–—-/&%$€£…#@*+=";

    private Lines() {
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

    /** Rejects binary garbage and symbol soup: text is mostly letters, in words of a sane length. */
    static boolean looksLikeText(String line) {
        int letters = 0;
        int other = 0;
        int visible = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                continue;
            }
            visible++;
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                letters++;
            } else if (!Character.isDigit(c) && COMMON_PUNCTUATION.indexOf(c) < 0) {
                other++;
            }
        }
        return letters * 2 >= visible && other * 10 <= visible && visible <= words(line) * 25;
    }

    /** A short label such as a section ("World", "Science & Tech") or a topic ("Ukraine war"). */
    static boolean isLabel(String line) {
        int words = words(line);
        if (words > 3 || line.length() > 40 || !Character.isUpperCase(line.charAt(0))
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

    static boolean isHeadline(String line) {
        int words = words(line);
        return words >= 2 && words <= 30 && startsLikeTitle(line) && !line.endsWith(".");
    }

    /** A subhead: short, not a sentence (a question is fine), not ending like a clause or a quotation. */
    static boolean isHeading(String line) {
        if (words(line) > 12 || !startsLikeTitle(line) || !isOneSentence(line)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (CLOSERS.indexOf(last) >= 0 && line.length() > 1) {
            last = line.charAt(line.length() - 2);
            return ".,;:!?…".indexOf(last) < 0;
        }
        return ".,;:!…".indexOf(last) < 0;
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

    private static boolean startsLikeTitle(String line) {
        char first = line.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'¿¡".indexOf(first) >= 0;
    }
}
