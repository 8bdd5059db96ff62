package dev.lede.ingest.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as given and surname, compared without case, accents, stops or suffixes ("Jr.", "III"):
 * "Lloyd J. Austin III", "Lloyd Austin" and "L. Austin" can be one person; "Paul Grant" and "Ellen Grant" cannot.
 */
record PersonName(List<String> given, String surname) {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern STOPS = Pattern.compile("[.,]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static PersonName of(String name) {
        String plain = STOPS.matcher(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
        List<String> words = new ArrayList<>(Arrays.stream(SPACES.split(plain.trim())).filter(w -> !w.isEmpty())
                .toList());
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String surname = words.isEmpty() ? "" : words.remove(words.size() - 1);
        return new PersonName(List.copyOf(words), surname);
    }

    boolean hasGivenName() {
        return !given.isEmpty();
    }

    String first() {
        return given.isEmpty() ? null : given.get(0);
    }

    /** The same surname, and given names that do not disagree: an initial matches a name with its letter. */
    boolean compatible(PersonName other) {
        if (!surname.equals(other.surname)) {
            return false;
        }
        if (given.isEmpty() || other.given.isEmpty()) {
            return true;
        }
        return given.stream().anyMatch(g -> other.given.stream().anyMatch(o -> sameGiven(g, o)));
    }

    private static boolean sameGiven(String a, String b) {
        return a.equals(b) || (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
    }
}
