package dev.lede.article;

/** Words a reader reads: headline, standfirst and every body block. */
final class WordCount {
    static final int WORDS_PER_MINUTE = 230;

    private WordCount() {
    }

    static int of(Article a) {
        int words = count(a.headline) + count(a.standfirst);
        for (Block block : a.body) {
            words += count(block.text());
        }
        return words;
    }

    static int readingMinutes(int words) {
        return Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE));
    }

    private static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // "they’re" and "well-known" are one word each
            boolean letter = Character.isLetterOrDigit(c) || (inWord && (c == '\'' || c == '’' || c == '-'));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
