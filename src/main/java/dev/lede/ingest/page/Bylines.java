package dev.lede.ingest.page;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bylines ("By Jane Doe and John Roe, Staff writer") and datelines ("WASHINGTON —", "SEOUL, South Korea —"). */
final class Bylines {

    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY)\\s+(\\p{Lu}.*)$");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("\\s*(?:,|\\||\\s[–—-])\\s*");
    private static final Set<String> NAME_JOINERS = Set.of("and", "&", "de", "da", "di", "del", "van", "von", "der",
            "den", "al", "el", "bin", "ibn", "la", "le", "du", "dos");
    private static final int MAX_WORDS = 14;
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@\\w{2,}");
    private static final int MAX_ROLE_WORDS = 6;
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3})?)(?:\\s*\\([^()]{1,40}\\))?"
            + "\\s*(?:—|–|--|-)(?:\\s|$)");

    // a place alone on a line ("Tartu, Estonia"), or after a bar ("| Duluth, Minn."): up to three capitalised words,
    // then a region after a comma, which is required without the bar
    private static final String PLACE_WORDS = "\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}";
    private static final Pattern PLACE = Pattern.compile("(?<bar>[|/]\\s*)?(?<place>" + PLACE_WORDS + "(?<region>,\\s*"
            + PLACE_WORDS + ")?)");

    private Bylines() {
    }

    /** A line of capitalised names (and a publication) only, as a byline without "By" is: no stop, no lower-case word.
     *  */
    static boolean isNamesOnly(String line) {
        String[] words = line.split(" ");
        if (words.length < 2 || words.length > MAX_WORDS || Lines.endsWithStop(line)) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) && !NAME_JOINERS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Holds a social media handle ("@catherineshu"), as bylines and signatures do. */
    static boolean hasHandle(String line) {
        return HANDLE.matcher(line).find();
    }

    /** The names (and role) of a byline line without "By", or null when the line is not a byline. */
    static String byline(String line) {
        Matcher m = BYLINE.matcher(line);
        if (!m.matches() || Lines.words(line) > MAX_WORDS || line.chars().anyMatch(Character::isDigit)
                || ".!?;:,".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return null;
        }
        String rest = m.group(1);
        String[] parts = ROLE_SEPARATOR.split(rest, 2);
        return isNames(parts[0]) && (parts.length == 1 || Lines.words(parts[1]) <= MAX_ROLE_WORDS) ? rest : null;
    }

    private static boolean isNames(String names) {
        for (String word : names.split(" ")) {
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || NAME_JOINERS.contains(word))) {
                return false;
            }
        }
        return true;
    }

    /** The place of a dateline opening the text, or null. */
    static String dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The place of a line that holds only a place, as a dateline set on its own line; null for anything else. */
    static String place(String line) {
        char first = line.charAt(0);
        if (!Character.isUpperCase(first) && first != '|' && first != '/') {
            return null;
        }
        Matcher m = PLACE.matcher(line);
        if (!m.matches() || m.group("bar") == null && m.group("region") == null) {
            return null;
        }
        return m.group("place");
    }

    /** A line that is a dateline and nothing else. */
    static boolean isDatelineOnly(String line) {
        Matcher m = DATELINE.matcher(line);
        return m.find() && m.end() >= line.length();
    }
}
