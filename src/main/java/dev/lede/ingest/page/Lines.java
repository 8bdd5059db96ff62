package dev.lede.ingest.page;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shape of a normalized, non-empty line: label, headline, subhead, one sentence. */
final class Lines {

    private static final Pattern SENTENCE_END = Pattern.compile("([.!?])[”\"’')\\]]*\\s+[“\"‘'(\\[]?[\\p{Lu}\\d]");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov",
            "lt", "col", "capt", "sgt", "maj", "adm", "prof", "st", "jr", "sr", "rev", "hon", "no", "vol", "inc",
            "corp", "co", "ltd", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");
    private static final String CLOSERS = "”\"’')]";

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

    /** A headline, or a linked headline in a list: a title of a few words, not ending like a sentence. */
    static boolean isHeadline(String line) {
        int words = words(line);
        return words >= 2 && words <= 30 && startsLikeTitle(line) && !endsLikeSentence(line);
    }

    /** A subhead: short, one sentence at most (a question is fine), not ending like a sentence or a clause. */
    static boolean isHeading(String line) {
        return words(line) <= 12 && startsLikeTitle(line) && !endsLikeSentence(line) && isOneSentence(line);
    }

    /** Ends with a period, clause punctuation, or a quotation that itself ends a sentence (even with "?"). */
    private static boolean endsLikeSentence(String line) {
        int last = line.length() - 1;
        if (last > 0 && CLOSERS.indexOf(line.charAt(last)) >= 0) {
            return ".,;:!?…".indexOf(line.charAt(last - 1)) >= 0;
        }
        return ".,;:!…".indexOf(line.charAt(last)) >= 0;
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
