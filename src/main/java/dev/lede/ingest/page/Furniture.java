package dev.lede.ingest.page;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises page furniture by its shape: navigation, widgets, promotions, credits, banners, legal lines. */
final class Furniture {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX_LENGTH = 300;
    private static final int MAX_BANNER_LENGTH = 600;
    private static final int MAX_WIDGET_LENGTH = 100;
    private static final int MAX_NEWSLETTER_WORDS = 15;

    private static final String LINK_LIST = "(?:related(?: stories| articles| content| coverage| links| topics| reading"
            + "| video)?|read more|read next|read also|also read|more from|more on|more in|more stories|see also"
            + "|recommended(?: for you| reading| stories)?|most (?:read|popular|viewed|shared)"
            + "|you (?:may|might) also like|further reading|editor[’']?s picks|top stories|what to read next"
            + "|in case you missed it|latest(?: news| stories)?|trending(?: now)?|keep reading|continue reading)";
    private static final Pattern LINK_LIST_HEADER = Pattern.compile(LINK_LIST + "\\s*:?|(?:related|more|recommended"
            + "|further)\\b.{0,80}:", CI);

    // rules for how a line starts (tried at its start only)
    private static final Pattern OPENING = anyOf(CI,
            // navigation with the linked title after it
            "(?:previous|prev|next)\\s+(?:article|story|post)\\s*[:»›>|–—-]",
            // newsletters, subscriptions, sign-up
            "(?:subscribe|sign[ -]?up|sign in|log ?in|register|already a (?:subscriber|member)"
                    + "|don[’']t miss|never miss|enter your email|stay (?:informed|up to date)"
                    + "|get (?:our|the latest|the best|unlimited|full|free)|join (?:us|our|today)|want (?:more|the "
                            + "latest))"
                    + "\\b.*\\b(?:newsletters?|subscri\\w*|sign[ -]?up|inbox|e-?mail|updates|journalism|account|free"
                    + "|access)\\b",
            "(?:subscribe(?: now| today)?|newsletters?|sign (?:up|in)|log ?in|register"
                    + "|create (?:an|a free) account)[.!]?$|support (?:our|independent|quality|local) journalism"
                    + "|subscribe\\b[^.!?]*$",
            // related links: a list header, maybe with a linked title after a colon, or "More from Politics"
            LINK_LIST + "(?:\\s*[:|»›>…–—-].*)?$",
            // or a header naming where the links come from: "Related coverage from How to Do Everything: Money:"
            "(?:related|more|recommended|further)\\b.{0,80}:$",
            "(?:read more|more from)(?:\\s+[^\\s.!?:]+){1,4}$",
            // advertising
            "(?:advertisement|advertising|advertise(?: with us| here)?|advert|ads?|sponsored(?: content| "
                    + "post)?|promoted(?: content)?"
                    + "|paid (?:post|content)|partner content|(?:story|article) continues (?:below|after)"
                    + "(?: (?:this )?(?:advertisement|ad))?|scroll (?:down )?to continue(?: reading)?"
                    + "|continue reading (?:below|the main story))[.:]?$",
            // reading-time and audio widgets
            "(?:\\d+\\s*-?\\s*(?:min|mins|minute|minutes)\\.?(?:\\s+(?:read|reading|listen|watch))?"
                    + "|(?:estimated )?reading time:?\\s*\\d+\\s*(?:min|mins|minutes?)\\.?"
                    + "|listen(?: to this (?:article|story))?\\s*[·•|:–-]?\\s*\\d+\\s*(?:min|mins|minutes?)\\.?"
                    + "|(?:updated|posted|published)\\s+\\d+\\s+(?:minutes?|hours?|days?)\\s+ago)$",
            // photo credits and captions
            "(?:photos?|photograph|image|picture|illustration|video|graphic|caption|credit"
                    + "|file photo)(?:\\s+(?:by|credit|courtesy(?: of)?))?\\s*[:|©–—-]\\s*\\S",
            "(?:photos?|photograph|image|illustration)s? (?:by|courtesy of) ",
            "(?:(?:hide|toggle|show|expand|close) caption|enlarge (?:this )?image"
                    + "|view (?:gallery|slideshow|photos?)|photo gallery|\\d+ (?:photos|images)|expand image"
                    + "|play video)$",
            // comments
            "(?:comments?|\\d+ (?:comments?|replies)|(?:show|view|read|hide|load) (?:all |more )?comments"
                    + "(?: \\(\\d+\\))?|leave a (?:comment|reply)|(?:add|post) a comment"
                    + "|join the (?:conversation|discussion)|comments are closed\\.?|be the first to comment\\.?)$",
            // copyright, legal and cookie buttons
            "(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\)|\\d{4}))",
            "(?:accept(?: all)?(?: cookies)?|reject all|manage (?:preferences|cookies|settings)"
                    + "|cookie (?:settings|policy|preferences)|we value your privacy|privacy policy"
                    + "|terms of (?:use|service)|do not sell my personal information)$",
            // taxonomy lists
            "(?:tags|topics|filed under|categories|keywords)(?:\\s*:.*)?$",
            "(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|news|co\\.uk|com\\.au|io|co)$");

    // the site's own name, as mastheads spell it
    private static final Pattern SITE_NAME = anyOf(0,
            "The(?:\\s+\\p{Lu}[\\p{L}.'&-]*){0,4}\\s+(?:Times|Post|Herald|Journal|Tribune|Gazette"
                    + "|Telegraph|Chronicle|Courier|Inquirer|Dispatch|Examiner|Monitor|Guardian|Observer|Independent"
                    + "|Economist|Atlantic|Sentinel|Globe)$",
            "(?:\\p{Lu}[\\p{L}.'&-]*\\s+){1,4}(?:Times|Post|Herald|Journal|Tribune|Gazette|Telegraph"
                    + "|Chronicle|Courier|Inquirer|Dispatch|Examiner|Monitor)$");

    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|/]\\s+");
    private static final Pattern NAME_PART =
            Pattern.compile("(?:\\p{Lu}[\\p{L}\\d.'’&-]*|\\d+|&)(?:\\s+(?:\\p{Lu}[\\p{L}\\d.'’&-]*"
            + "|\\d+|&|of|the|and|de|la|du|des|der))*");
    private static final Pattern COOKIES = Pattern.compile("\\bcookies?\\b", CI);
    private static final Pattern SITE_VOICE = Pattern.compile("\\b(?:we|our|this (?:site|website))\\b", CI);
    private static final Pattern NEWSLETTER = Pattern.compile("\\bnewsletters?\\b", CI);
    private static final Pattern CALL_TO_ACTION = Pattern.compile("\\b(?:sign(?:ing)? ?up|subscribe|our|your|free|inbox"
            + "|get|join)\\b", CI);
    private static final Pattern ALL_RIGHTS_RESERVED = Pattern.compile("\\ball rights reserved\\b", CI);

    private Furniture() {
    }

    static boolean is(String line) {
        if (line.isEmpty() || line.length() > MAX_BANNER_LENGTH) {
            return false;
        }
        // lower-cased once, so cheap searches can rule out the case-insensitive rules that would try every position
        String lower = line.toLowerCase(Locale.ROOT);
        if (isBanner(line, lower)) {
            return true;
        }
        return line.length() <= MAX_LENGTH && (line.length() <= MAX_WIDGET_LENGTH && Widgets.is(line)
                || isNewsletterPromotion(line, lower) || opensLikeFurniture(line) || isSiteLine(line));
    }

    /** A header such as "Related stories" or "Most read", after which a list of linked headlines follows. */
    static boolean startsLinkList(String line) {
        return LINK_LIST_HEADER.matcher(line).matches();
    }

    /** Cookie banners and legal lines, which can be long. */
    private static boolean isBanner(String line, String lower) {
        return lower.contains("cookie") && COOKIES.matcher(line).find() && SITE_VOICE.matcher(line).find()
                || lower.contains("rights reserved") && ALL_RIGHTS_RESERVED.matcher(line).find();
    }

    private static boolean isNewsletterPromotion(String line, String lower) {
        return lower.contains("newsletter") && Lines.words(line) <= MAX_NEWSLETTER_WORDS
                && NEWSLETTER.matcher(line).find() && CALL_TO_ACTION.matcher(line).find();
    }

    /** "The Valley Courier / Text Edition": a few capitalised names joined by bars or slashes, no sentence. */
    static boolean isSiteLine(String line) {
        if (line.indexOf('/') < 0 && line.indexOf('|') < 0 || line.length() > MAX_WIDGET_LENGTH) {
            return false;
        }
        String[] parts = SITE_SEPARATOR.split(line);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!NAME_PART.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensLikeFurniture(String line) {
        return OPENING.matcher(line).lookingAt() || SITE_NAME.matcher(line).matches();
    }

    /** One pattern trying each rule in turn, so a line costs one match instead of one per rule. */
    private static Pattern anyOf(int flags, String... rules) {
        return Pattern.compile("(?:" + String.join(")|(?:", rules) + ")", flags);
    }
}
