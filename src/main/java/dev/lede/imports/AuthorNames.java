package dev.lede.imports;

import java.util.Arrays;
import java.util.List;

/** The people named in a byline such as "Jane Doe and John Roe, Staff writers". */
final class AuthorNames {
    private AuthorNames() {
    }

    static List<String> of(String byline) {
        if (byline == null || byline.isBlank()) {
            return List.of();
        }
        return Arrays.stream(byline.split("\\s*(?:,|&|\\band\\b)\\s*"))
                .map(String::trim)
                .filter(AuthorNames::looksLikeName)
                .toList();
    }

    // "Jane Doe", "Jean-Luc O'Neill", "Ana de la Cruz": capitalised words, connecting particles allowed
    private static boolean looksLikeName(String part) {
        String[] words = part.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        return Arrays.stream(words)
                .allMatch(w -> Character.isUpperCase(w.charAt(0))
                || w.matches("de|da|van|von|der|la|le|del|di|bin|al"));
    }
}
