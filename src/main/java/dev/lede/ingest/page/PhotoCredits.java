package dev.lede.ingest.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo lines: a credit alone ("Getty Images", "Photo: Jonas Berg"), a caption that ends with its credit
 * ("Riders wait for a bus. Jonas Berg/Harbor Gazette"), or a caption or credit labelled as one ("Image caption ...").
 */
final class PhotoCredits {

    // a credit sits at the end of a line, so only its tail is searched
    private static final int TAIL = 80;
    private static final int MAX_CREDIT_WORDS = 6;
    private static final int MAX_CAPTION_WORDS = 60;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> CREDITS = List.of(
            Pattern.compile("(?:^|\\s)\\S+/\\s?\\p{Lu}[\\p{L}.&'-]*(?:\\s\\p{Lu}[\\p{L}.&'-]*){0,4}\\)?$"),
            Pattern.compile("(?:\\((?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|Xinhua|Yonhap|AP Photo[^)]*"
                    + "|[^()]*/(?:AP|AFP|Reuters|EPA|Getty Images)[^()]*)\\)|Getty Images|Shutterstock"
                    + "|iStock(?:photo)?|AP Photo|Associated Press)\\s*$"),
            Pattern.compile("\\((?:image|photo|picture|credit|foto|bild)s?\\s*:[^()]{1,60}\\)$", CI));
    private static final Pattern NAME_BEFORE = Pattern.compile("[.!?]\\s(?:\\p{Lu}[\\p{L}'’-]*\\s?){1,2}$");
    // the first letters of the labels (photo, image, picture, foto, bild, illustration, credit, caption, courtesy)
    private static final String LABEL_INITIALS = "pifbc";
    private static final String PHOTO = "(?:photo(?:graph)?|image|picture|foto|bild)s?";
    // "Image caption Scooter Braun has managed...", "Image copyright Getty Images"
    private static final Pattern COMPOUND = Pattern.compile(PHOTO
            + "\\s+(?<kind>caption|copyright|credit)\\s*:?\\s*(?<rest>.+)",
            CI);
    // "Photo: Jonas Berg", "Credit - Reuters", "Image: Jose Mourinho has agreed a deal"
    private static final Pattern LABELLED = Pattern.compile("(?:" + PHOTO + "|illustration|credit|caption)"
            + "(?:\\s+(?:by|credit|courtesy(?: of)?))?\\s*(?:[:|©]|\\s[–—-])\\s*(?<rest>\\S.*)", CI);
    private static final Pattern CREDIT_LABEL = Pattern.compile("credits?\\s*(?:\\.{2,}|…|:)?", CI);
    private static final Pattern COURTESY = Pattern.compile("courtesy(?: of)?\\s+\\S.{0,60}", CI);

    private PhotoCredits() {
    }

    /**
     * The caption and credit a photo line holds, or null when the line is something else. A "Credit" label alone
     * gives an empty credit: the credit itself is on the next line.
     */
    static Figure figure(String line) {
        Figure labelled = labelled(line);
        return labelled != null ? labelled : endingInCredit(line);
    }

    private static Figure labelled(String line) {
        if (LABEL_INITIALS.indexOf(Character.toLowerCase(line.charAt(0))) < 0) {
            return null;
        }
        Matcher compound = COMPOUND.matcher(line);
        if (compound.matches()) {
            String rest = compound.group("rest");
            return compound.group("kind").equalsIgnoreCase("caption") ? caption(rest, null) : caption(null, rest);
        }
        if (CREDIT_LABEL.matcher(line).matches()) {
            return caption(null, "");
        }
        Matcher labelled = LABELLED.matcher(line);
        if (labelled.matches()) {
            String rest = labelled.group("rest");
            return Lines.weight(rest) <= MAX_CREDIT_WORDS ? caption(null, rest) : caption(rest, null);
        }
        return COURTESY.matcher(line).matches() ? caption(null, line) : null;
    }

    /** Whether the line is a credit and nothing else. */
    static boolean isCreditOnly(String line) {
        Figure figure = figure(line);
        return figure != null && figure.caption() == null;
    }

    private static Figure endingInCredit(String line) {
        int start = creditStart(line);
        if (start < 0) {
            return null;
        }
        String caption = line.substring(0, start).strip();
        String credit = line.substring(start).strip();
        // "Alex Wong | Getty Images": a photographer and an agency make one credit
        if (Lines.words(caption) < 2 || "|/–—-".indexOf(caption.charAt(caption.length() - 1)) >= 0) {
            return caption(null, line);
        }
        return Lines.weight(caption) <= MAX_CAPTION_WORDS ? caption(caption, unbracketed(credit)) : null;
    }

    /** Where the credit that ends the line starts, or -1. */
    private static int creditStart(String line) {
        char last = line.charAt(line.length() - 1);
        if (!Character.isLetter(last) && last != ')') {
            return -1;
        }
        for (Pattern rule : CREDITS) {
            Matcher m = rule.matcher(line).region(Math.max(0, line.length() - TAIL), line.length());
            if (m.find()) {
                return withNameBefore(line, m.start());
            }
        }
        return -1;
    }

    /** "Jonas Berg/Harbor Gazette": the photographer's first names before the credit, back to the caption's stop. */
    private static int withNameBefore(String line, int start) {
        Matcher name = NAME_BEFORE.matcher(line.substring(0, start));
        return name.find() ? name.start() + 1 : start;
    }

    private static String unbracketed(String credit) {
        return credit.startsWith("(") && credit.endsWith(")") ? credit.substring(1, credit.length() - 1).strip()
                : credit;
    }

    private static Figure caption(String caption, String credit) {
        return new Figure(null, null, caption, credit);
    }
}
