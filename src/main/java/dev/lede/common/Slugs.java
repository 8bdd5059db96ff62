package dev.lede.common;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/**
 * URL slugs: lowercase ASCII words joined by hyphens, at most 80 chars. Text in any script is transliterated
 * first (ICU's {@code Any-Latin; Latin-ASCII}: "Привет мир" → "privet-mir", "Straße" → "strasse"), so a headline
 * of letters never gets the fallback slug "untitled".
 */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    // ICU transliterators are not safe to share between threads
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = ascii(text).toLowerCase(Locale.ROOT).replace("'", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug;
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    private static String ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return TO_ASCII.get().transliterate(text.replace('’', '\''));
            }
        }
        return text;
    }

    /** The slug with a numeric suffix, still within the length limit. */
    public static String withSuffix(String slug, int n) {
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH - suffix.length())
                : slug;
        return base.replaceAll("-$", "") + suffix;
    }
}
