package dev.lede.ingest.page;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Cleans raw page text into NFC lines with single spaces, keeping typography (curly quotes, dashes, accents). */
public final class TextNormalizer {

    private static final String BOM = "\uFEFF";
    private static final String BOM_AS_CP1252 = "ï»¿";
    // Invisible characters that only split words: zero-width space, word joiner, BOM, soft hyphen.
    private static final String INVISIBLE = "\u200B\u2060\uFEFF\u00AD";

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new NormalizedText("", List.of());
        }
        List<String> warnings = new ArrayList<>();
        String text = stripBom(raw).replace("\r\n", "\n").replace('\r', '\n');
        // Repair before dropping controls: Latin-1 mojibake is made of C1 control characters.
        text = tidy(Mojibake.repair(text, warnings), warnings);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return new NormalizedText(text, warnings);
    }

    private static String stripBom(String text) {
        if (text.startsWith(BOM)) {
            return text.substring(BOM.length());
        }
        return text.startsWith(BOM_AS_CP1252) ? text.substring(BOM_AS_CP1252.length()) : text;
    }

    /**
     * One pass: removes control and invisible characters, turns every run of spaces inside a line into one space,
     * trims lines, and keeps at most one blank line between lines and none at either end.
     */
    private static String tidy(String text, List<String> warnings) {
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
            } else if (c > ' ' && c < 0x7F || !isSpace(c) && !isControl(c) && INVISIBLE.indexOf(c) < 0) {
                if (out.length() > 0 && (newlines > 0 || space)) {
                    out.append(newlines > 1 ? "\n\n" : newlines == 1 ? "\n" : " ");
                }
                out.append(c);
                newlines = 0;
                space = false;
            } else if (isSpace(c)) {
                space = true;
            } else if (isControl(c)) {
                removed++;
            }
        }
        if (removed > 0) {
            warnings.add("Removed " + removed + " control character" + (removed == 1 ? "" : "s"));
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Control characters other than line feed and tab (tab counts as a space). */
    private static boolean isControl(char c) {
        return c != '\t' && Character.getType(c) == Character.CONTROL;
    }
}
