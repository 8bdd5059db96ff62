package dev.lede.ingest.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Given names an article gives its people outside the places where names are read: in quotation marks, say. */
final class FirstNames {
    private FirstNames() {
    }

    /**
     * A person still known by surname alone takes the one given name the article puts before that surname anywhere,
     * inside quotation marks too ("The Rachel Maddow Show" names Maddow); two given names ("Bill", "Hillary") leave it.
     */
    static void give(List<Source> known, List<String> paragraphs) {
        String text = String.join("\n", paragraphs);
        for (Source s : known) {
            if (s.person() && !s.personName().hasGivenName() && s.name.indexOf(' ') < 0) {
                Set<String> given = new HashSet<>();
                Matcher m = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{Ll}'’-]+) " + word(s.name).pattern())
                        .matcher(text);
                while (m.find()) {
                    // a word the article also writes in lower case ("Now Melania…") is no name
                    if (Names.givenName(m.group(1)) && !word(m.group(1).toLowerCase(Locale.ROOT)).matcher(text)
                            .find()) {
                        given.add(m.group(1));
                    }
                }
                if (given.size() == 1) {
                    s.name = given.iterator().next() + " " + s.name;
                }
            }
        }
    }

    private static Pattern word(String w) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})");
    }
}
