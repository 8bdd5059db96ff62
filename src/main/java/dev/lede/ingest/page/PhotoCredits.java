package dev.lede.ingest.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Photo credits that end a caption line: "Ahn Young-joon/AP", "(Reuters)", "Getty Images". */
final class PhotoCredits {

    // a credit sits at the end of a line, so only its tail is searched
    private static final int TAIL = 80;
    private static final List<Pattern> CREDITS = List.of(
            Pattern.compile("(?:^|\\s)\\S+/\\s?\\p{Lu}[\\p{L}.&'-]*(?:\\s\\p{Lu}[\\p{L}.&'-]*){0,4}\\)?$"),
            Pattern.compile("(?:\\((?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|Xinhua|Yonhap|AP Photo[^)]*"
                    + "|[^()]*/(?:AP|AFP|Reuters|EPA|Getty Images)[^()]*)\\)|Getty Images|Shutterstock"
                    + "|iStock(?:photo)?|AP Photo)\\s*$"));

    private PhotoCredits() {
    }

    /** Whether the line ends with a photo credit. */
    static boolean endsWithOne(String line) {
        char last = line.charAt(line.length() - 1);
        if (!Character.isLetter(last) && last != ')') {
            return false;
        }
        for (Pattern rule : CREDITS) {
            Matcher m = rule.matcher(line).region(Math.max(0, line.length() - TAIL), line.length());
            if (m.find()) {
                return true;
            }
        }
        return false;
    }
}
