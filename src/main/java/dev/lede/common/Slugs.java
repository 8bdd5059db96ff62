package dev.lede.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** URL slugs: lowercase ASCII words joined by hyphens, accents transliterated, at most 80 chars. */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    // Letters that NFD does not split into a base letter and a mark
    private static final Map<Character, String> SPECIAL = Map.of('ø', "o", 'æ', "ae", 'ß', "ss", 'đ', "d", 'ł', "l", 'þ', "th", 'œ', "oe", 'ı', "i");

    private Slugs() {
    }

    public static String of(String text) {
        StringBuilder ascii = new StringBuilder();
        for (char c : Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '’' || c == '\'') {
                continue;
            }
            ascii.append(SPECIAL.getOrDefault(c, String.valueOf(c)));
        }
        String slug = ascii.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug;
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The slug with a numeric suffix, still within the length limit. */
    public static String withSuffix(String slug, int n) {
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH - suffix.length()) : slug;
        return base.replaceAll("-$", "") + suffix;
    }
}
