package dev.lede.ingest.page;

import java.util.regex.Pattern;

/** Tells binary garbage and symbol soup from text. */
final class Noise {

    // letters with a capital only at the start (or all capitals, or an uncased script), numbers ("88th"),
    // and hyphenated or dotted mixes of them; random bytes rarely take this shape
    private static final String WORD_PART = "(?:\\p{L}\\p{M}*(?:\\p{Ll}\\p{M}*)*|\\p{Lu}+|[\\p{Lo}\\p{Lm}\\p{M}]+"
            + "|\\d+(?:\\p{Ll}{1,2})?)";
    private static final Pattern WORD_SHAPE = Pattern.compile(WORD_PART + "(?:['’.,:/&-]" + WORD_PART + ")*");
    private static final int MAX_WORD_LENGTH = 40;
    private static final String COMMON_PUNCTUATION =
            ".,;:!?'\"“”‘’()[]–—-/&%$€£…#@*+=、。「」『』（）【】《》〈〉！？：；，・～＋－％＆؟،۔।॥։።။។";

    private enum Token { WORD, NOT_WORD, PUNCTUATION }

    private Noise() {
    }

    /** Whether the line is not text; text is mostly letters, with few odd symbols, in words shaped like words. */
    static boolean is(String line) {
        int letters = 0;
        int other = 0;
        int visible = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                continue;
            }
            visible++;
            if (Character.isLetter(c) || isMark(c)) {
                letters++;
            } else if (!Character.isDigit(c) && COMMON_PUNCTUATION.indexOf(c) < 0) {
                other++;
            }
        }
        // scripts written without spaces make whole sentences into one token, so their tokens are not judged as words
        return letters * 2 < visible || other * 10 > visible || Lines.weight(line) == Lines.words(line)
                && !mostTokensAreWords(line);
    }

    /** Accents and the vowel signs of scripts such as Devanagari, which are part of their words. */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean mostTokensAreWords(String line) {
        int tokens = 0;
        int words = 0;
        int start = 0;
        while (start < line.length()) {
            int end = line.indexOf(' ', start);
            end = end < 0 ? line.length() : end;
            Token kind = token(line, start, end);
            tokens += kind == Token.PUNCTUATION ? 0 : 1;
            words += kind == Token.WORD ? 1 : 0;
            start = end + 1;
        }
        return tokens > 0 && words * 10 >= tokens * 6;
    }

    /** WORD for "Kyiv", "U.S.", "3,000", "88th", "25-mile"; NOT_WORD for "qMù8(N"; PUNCTUATION for "–". */
    private static Token token(String line, int start, int end) {
        int length = end - start;
        while (start < end && !Character.isLetterOrDigit(line.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(line.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return length <= MAX_WORD_LENGTH ? Token.PUNCTUATION : Token.NOT_WORD;
        }
        if (end - start > MAX_WORD_LENGTH) {
            return Token.NOT_WORD;
        }
        boolean word = isPlainWord(line, start, end) || WORD_SHAPE.matcher(line).region(start, end).matches();
        return word ? Token.WORD : Token.NOT_WORD;
    }

    /** The common case, checked without a regex: lower-case letters after an optional capital. */
    private static boolean isPlainWord(String line, int start, int end) {
        if (!Character.isLetter(line.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!Character.isLowerCase(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
