package dev.lede.ingest.page;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where readers' comments begin below an article: at a comments header ("34 responses to ...", "Leave a reply"), or
 * at a thread, several entries of a short name line, a date line and what the reader wrote.
 */
final class Comments {

    // prose the article must have above a comments header, so a "Comments" link in a menu is not taken for one
    private static final int MIN_PROSE_ABOVE = 25;
    private static final int MAX_NAME_WORDS = 4;
    private static final int MIN_THREAD_ENTRIES = 2;
    private static final int THREAD_SPAN = 40;
    private static final Pattern HEADER =
            Pattern.compile("(?:\\d+\\s+)?(?:comments?|responses?|replies|reactions|thoughts)"
            + "(?:\\s*\\(\\s*[\\d+]*\\s*\\)|\\s+(?:to|on)\\s.*)?|(?:view|show|read|load|see)\\s+(?:all\\s+)?comments.*"
            + "|leave a (?:reply|comment).*|(?:post|add|write) a comment.*|join the (?:conversation|discussion).*"
            + "|comments (?:powered by|are closed).*|be the first to comment.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Comments() {
    }

    /** The index of the first line of the comments, or the number of lines when there are none. */
    static int start(List<Line> lines) {
        int prose = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (prose >= MIN_PROSE_ABOVE && (HEADER.matcher(lines.get(i).text()).matches() || opensThread(lines, i))) {
                return i;
            }
            prose += lines.get(i).is(LineKind.PROSE) ? lines.get(i).weight() : 0;
        }
        return lines.size();
    }

    private static boolean opensThread(List<Line> lines, int first) {
        if (!isEntry(lines, first)) {
            return false;
        }
        int entries = 1;
        for (int i = first + 3; i < Math.min(lines.size(), first + THREAD_SPAN) && entries < MIN_THREAD_ENTRIES; i++) {
            entries += isEntry(lines, i) ? 1 : 0;
        }
        return entries >= MIN_THREAD_ENTRIES;
    }

    /** A reader's name ("Татьяна", "joetoronto says:"), a line with only the comment's date, then its text. */
    private static boolean isEntry(List<Line> lines, int i) {
        if (i + 2 >= lines.size()) {
            return false;
        }
        Line name = lines.get(i);
        return name.weight() <= MAX_NAME_WORDS && (name.is(LineKind.TEXT) || name.is(LineKind.NOISE))
                && lines.get(i + 1).is(LineKind.META) && DateLines.read(lines.get(i + 1).text()) != null
                && lines.get(i + 2).weight() > MAX_NAME_WORDS;
    }
}
