package dev.lede.ingest;

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
        text = Mojibake.repair(text, warnings);
        text = removeControls(text, warnings);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return new NormalizedText(tidyLines(text), warnings);
    }

    private static String stripBom(String text) {
        if (text.startsWith(BOM)) {
            return text.substring(BOM.length());
        }
        return text.startsWith(BOM_AS_CP1252) ? text.substring(BOM_AS_CP1252.length()) : text;
    }

    private static String removeControls(String text, List<String> warnings) {
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL) {
                removed++;
            } else if (INVISIBLE.indexOf(c) < 0) {
                out.append(c);
            }
        }
        if (removed > 0) {
            warnings.add("Removed " + removed + " control character" + (removed == 1 ? "" : "s"));
        }
        return out.toString();
    }

    /** Single spaces inside lines, no blank runs longer than one line, nothing blank at either end. */
    private static String tidyLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankPending = false;
        for (String line : text.split("\n")) {
            String tidy = collapseSpaces(line);
            if (tidy.isEmpty()) {
                blankPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankPending ? "\n\n" : "\n");
            }
            out.append(tidy);
            blankPending = false;
        }
        return out.toString();
    }

    private static String collapseSpaces(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }
}
