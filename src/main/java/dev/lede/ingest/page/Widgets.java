package dev.lede.ingest.page;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Navigation links and toolbars: "Previous ArticleNext Article", "Skip to content", "Share | Email | Print". */
final class Widgets {

    private static final int MAX_TOOLBAR_WORDS = 8;
    private static final int MAX_BULLETED_LABEL_WORDS = 3;
    private static final int MAX_READING_WIDGET_WORDS = 4;
    // "Share this story", "Share on: Facebook Twitter", "Share it with friends", "197 Shares", "Teilen"
    private static final Pattern SHARE_BAR = Pattern.compile("(?:(?:share|teilen|partager|partagez|compartir"
            + "|compartilhar|condividi|поделиться)(?:\\s*:|\\s+(?:this|it|on|via|with|all|the|article|story|post|page|"
            + "a|to)\\b).{0,50}|\\d[\\d,.]*k?\\s+shares?|shares?|sharing is caring!?)", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final String BULLETS = "•·▪►▶›»→";
    // a reading or listening time anywhere in a short line: "• Full story ( 4 Min. )", "3 min read", "Lesezeit: 4 Min."
    private static final Pattern READING_TIME =
            Pattern.compile("(?<![\\d:])\\d{1,3}\\s*-?\\s*(?:min|mins|minutes?|minuten"
            + "|minutos?|minuti)\\b\\.?(?!\\s*(?:ago|from|after|before|later|earlier)\\b)", Pattern.CASE_INSENSITIVE);

    // matched against the line's letters only, so glued forms like "Previous ArticleNext Article" count too
    private static final Pattern NAVIGATION = Pattern.compile("(?:(?:previous|prev|next|older|newer)"
            + "(?:article|story|post|page|item)?|skipto(?:the)?(?:main)?(?:content|navigation|menu|search)"
            + "|backtotop|gototop|(?:main)?menu|navigation|breadcrumbs?)+");
    private static final Set<String> TOOLBAR_WORDS = Set.of("share", "this", "article", "story", "page", "on", "via",
            "tweet", "email", "e", "mail", "print", "copy", "link", "save", "bookmark", "gift", "facebook", "twitter",
            "x", "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "bluesky", "threads", "messenger",
            "flipboard", "follow", "us", "listen", "to", "home", "search", "close", "open", "more", "sections",
            "login", "logout", "loading", "advertisement", "font", "size", "the");
    private static final Set<String> TOOLBAR_ACTIONS = Set.of("share", "tweet", "email", "print", "save", "bookmark",
            "gift", "follow", "listen", "home", "search", "close", "open", "more", "sections", "login", "logout",
            "loading", "copy", "font");

    private Widgets() {
    }

    static boolean is(String line) {
        return isNavigation(line) || isToolbar(line) || isBulletedLabel(line) || isReadingTime(line)
                || SHARE_BAR.matcher(line).matches();
    }

    /** A reading time with a word or two around it, but not a sentence that mentions minutes. */
    private static boolean isReadingTime(String line) {
        if (!READING_TIME.matcher(line).find()) {
            return false;
        }
        int words = 0;
        for (String token : line.split(" ")) {
            words += token.chars().anyMatch(Character::isLetter) ? 1 : 0;
        }
        return words <= MAX_READING_WIDGET_WORDS;
    }

    /** A menu or widget entry marked with a bullet or arrow: "• Summary", "►WordPress(53)", "» Markets". */
    private static boolean isBulletedLabel(String line) {
        if (BULLETS.indexOf(line.charAt(0)) < 0) {
            return false;
        }
        String rest = line.substring(1).strip();
        return rest.isEmpty() || Lines.weight(rest) <= MAX_BULLETED_LABEL_WORDS && !Lines.endsLikeSentence(rest);
    }

    private static boolean isNavigation(String line) {
        StringBuilder letters = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = Character.toLowerCase(line.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return !letters.isEmpty() && NAVIGATION.matcher(letters).matches();
    }

    /** Share bars and toolbars: nothing but widget words, at least one of them an action. */
    private static boolean isToolbar(String line) {
        boolean action = false;
        int count = 0;
        for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!TOOLBAR_WORDS.contains(word) || ++count > MAX_TOOLBAR_WORDS) {
                return false;
            }
            action |= TOOLBAR_ACTIONS.contains(word);
        }
        return action;
    }
}
