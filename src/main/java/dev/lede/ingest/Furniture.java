package dev.lede.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises page furniture by its shape: navigation, widgets, promotions, credits, banners, legal lines. */
final class Furniture {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX_LENGTH = 200;
    private static final int MAX_BANNER_LENGTH = 600;

    // matched against the line's letters only, so glued forms like "Previous ArticleNext Article" count too
    private static final Pattern NAVIGATION = Pattern.compile("(?:(?:previous|prev|next|older|newer)"
            + "(?:article|story|post|page|item)?|skipto(?:the)?(?:main)?(?:content|navigation|menu|search)"
            + "|backtotop|gototop|(?:main)?menu|navigation|breadcrumbs?)+");
    private static final Set<String> WIDGET_WORDS = Set.of("share", "this", "article", "story", "page", "on", "via",
            "tweet", "email", "e", "mail", "print", "copy", "link", "save", "bookmark", "gift", "facebook", "twitter",
            "x", "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "bluesky", "threads", "messenger",
            "flipboard", "follow", "us", "listen", "to", "home", "search", "close", "open", "more", "sections",
            "login", "logout", "loading", "advertisement", "font", "size", "the");
    private static final Set<String> WIDGET_ACTIONS = Set.of("share", "tweet", "email", "print", "save", "bookmark",
            "gift", "follow", "listen", "home", "search", "close", "open", "more", "sections", "login", "logout",
            "loading", "copy", "font");
    private static final int MAX_WIDGET_WORDS = 8;

    private static final List<Pattern> RULES = List.of(
            // navigation with the linked title after it
            Pattern.compile("^(?:previous|prev|next)\\s+(?:article|story|post)\\s*[:»›>|–—-].*", CI),
            // newsletters, subscriptions, sign-up
            Pattern.compile("^(?:subscribe|sign[ -]?up|sign in|log ?in|register|already a (?:subscriber|member)"
                    + "|don[’']t miss|never miss|enter your email|stay (?:informed|up to date)"
                    + "|get (?:our|the latest|the best|unlimited|full|free)|join (?:us|our|today)|want (?:more|the latest))\\b"
                    + ".*\\b(?:newsletters?|subscri\\w*|sign[ -]?up|inbox|e-?mail|updates|journalism|account|free|access)\\b",
                    CI),
            Pattern.compile("^(?:subscribe(?: now| today)?|newsletters?|sign (?:up|in)|log ?in|register"
                    + "|create (?:an|a free) account)[.!]?$|^support (?:our|independent|quality|local) journalism", CI),
            // related links
            Pattern.compile("^(?:related(?: stories| articles| content| coverage| links| topics| reading| video)?"
                    + "|read more|read next|read also|also read|more from|more stories|see also"
                    + "|recommended(?: for you| reading| stories)?|most (?:read|popular|viewed|shared)"
                    + "|you (?:may|might) also like|further reading|editor[’']?s picks|top stories|what to read next"
                    + "|in case you missed it)(?:\\s*[:|»›>…–—-].*|\\s+[^.!?]*)?$", CI),
            Pattern.compile("^(?:more on|more in|latest(?: news| stories)?|trending(?: now)?|keep reading"
                    + "|continue reading)(?:\\s*[:|»›>…–—-].*)?$", CI),
            // advertising
            Pattern.compile("^(?:advertisement|advertising|advert|ads?|sponsored(?: content| post)?|promoted(?: content)?"
                    + "|paid (?:post|content)|partner content|(?:story|article) continues (?:below|after)"
                    + "(?: (?:this )?(?:advertisement|ad))?|scroll (?:down )?to continue(?: reading)?"
                    + "|continue reading (?:below|the main story))[.:]?$", CI),
            // reading-time and audio widgets
            Pattern.compile("^(?:\\d+\\s*-?\\s*(?:min|mins|minute|minutes)\\.?(?:\\s+(?:read|reading|listen|watch))?"
                    + "|(?:estimated )?reading time:?\\s*\\d+\\s*(?:min|mins|minutes?)\\.?"
                    + "|listen(?: to this (?:article|story))?\\s*[·•|:–-]?\\s*\\d+\\s*(?:min|mins|minutes?)\\.?"
                    + "|(?:updated|posted|published)\\s+\\d+\\s+(?:minutes?|hours?|days?)\\s+ago)$", CI),
            // photo credits and captions
            Pattern.compile("^(?:photos?|photograph|image|picture|illustration|video|graphic|caption|credit"
                    + "|file photo)(?:\\s+(?:by|credit|courtesy(?: of)?))?\\s*[:|©–—-]\\s*\\S.*", CI),
            Pattern.compile("^(?:photos?|photograph|image|illustration)s? (?:by|courtesy of) .*", CI),
            Pattern.compile("(?:^|\\s)\\S+/\\s?\\p{Lu}[\\p{L}.&'-]*(?:\\s\\p{Lu}[\\p{L}.&'-]*){0,4}\\)?$"),
            Pattern.compile("(?:\\((?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|Xinhua|Yonhap|AP Photo[^)]*"
                    + "|[^()]*/(?:AP|AFP|Reuters|EPA|Getty Images)[^()]*)\\)|Getty Images|Shutterstock"
                    + "|iStock(?:photo)?|AP Photo)\\s*$"),
            Pattern.compile("^(?:(?:hide|toggle|show|expand|close) caption|enlarge (?:this )?image"
                    + "|view (?:gallery|slideshow|photos?)|photo gallery|\\d+ (?:photos|images)|expand image"
                    + "|play video)$", CI),
            // comments
            Pattern.compile("^(?:comments?|\\d+ (?:comments?|replies)|(?:show|view|read|hide|load) (?:all |more )?comments"
                    + "(?: \\(\\d+\\))?|leave a (?:comment|reply)|(?:add|post) a comment"
                    + "|join the (?:conversation|discussion)|comments are closed\\.?|be the first to comment\\.?)$", CI),
            // copyright and legal
            Pattern.compile("^(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\)|\\d{4}))|\\ball rights reserved\\b", CI),
            Pattern.compile("^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:preferences|cookies|settings)"
                    + "|cookie (?:settings|policy|preferences)|we value your privacy|privacy policy"
                    + "|terms of (?:use|service)|do not sell my personal information)$", CI),
            // taxonomy lists
            Pattern.compile("^(?:tags|topics|filed under|categories|keywords)(?:\\s*:.*)?$", CI),
            // the site's own name
            Pattern.compile("^The(?:\\s+\\p{Lu}[\\p{L}.'&-]*){0,4}\\s+(?:Times|Post|Herald|Journal|Tribune|Gazette"
                    + "|Telegraph|Chronicle|Courier|Inquirer|Dispatch|Examiner|Monitor|Guardian|Observer|Independent"
                    + "|Economist|Atlantic|Sentinel|Globe)$"),
            Pattern.compile("^(?:\\p{Lu}[\\p{L}.'&-]*\\s+){1,4}(?:Times|Post|Herald|Journal|Tribune|Gazette|Telegraph"
                    + "|Chronicle|Courier|Inquirer|Dispatch|Examiner|Monitor)$"),
            Pattern.compile("^(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|news|co\\.uk|com\\.au|io|co)$", CI));

    private static final Pattern COOKIES = Pattern.compile("\\bcookies?\\b", CI);
    private static final Pattern NEWSLETTER = Pattern.compile("\\bnewsletters?\\b", CI);
    private static final int MAX_NEWSLETTER_WORDS = 15;
    private static final Pattern SITE_VOICE = Pattern.compile("\\b(?:we|our|this (?:site|website))\\b", CI);

    private Furniture() {
    }

    static boolean is(String line) {
        if (line.length() > MAX_BANNER_LENGTH) {
            return false;
        }
        if (COOKIES.matcher(line).find() && SITE_VOICE.matcher(line).find()
                || NEWSLETTER.matcher(line).find() && Lines.words(line) <= MAX_NEWSLETTER_WORDS) {
            return true;
        }
        return line.length() <= MAX_LENGTH && (isNavigation(line) || isWidget(line) || matchesRule(line));
    }

    private static boolean isNavigation(String line) {
        String letters = line.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return !letters.isEmpty() && NAVIGATION.matcher(letters).matches();
    }

    /** Share bars and toolbars: nothing but widget words, at least one of them an action. */
    private static boolean isWidget(String line) {
        String[] words = line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int count = 0;
        boolean action = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!WIDGET_WORDS.contains(word) || ++count > MAX_WIDGET_WORDS) {
                return false;
            }
            action |= WIDGET_ACTIONS.contains(word);
        }
        return action;
    }

    private static boolean matchesRule(String line) {
        for (Pattern rule : RULES) {
            if (rule.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
