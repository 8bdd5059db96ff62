package dev.lede.ingest.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Repairs UTF-8 text that was decoded as Windows-1252 or ISO-8859-1, once or twice. */
final class Mojibake {

    // Latin-1 letters that start a two-character mojibake sequence; plain text rarely puts them before a symbol.
    private static final String LEADS = "ÂÃâðÄÅÐÑ";
    private static final int MAX_PASSES = 3;

    private int repaired;

    /** One repair per text: the instance only counts what it fixed. */
    static String repair(String text, List<String> warnings) {
        return new Mojibake().run(text, warnings);
    }

    private String run(String text, List<String> warnings) {
        String current = text;
        for (int pass = 0; pass < MAX_PASSES && markers(current) > 0; pass++) {
            String next = repairRuns(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        if (repaired > 0) {
            warnings.add("Repaired " + repaired + " mojibake sequence" + (repaired == 1 ? "" : "s")
                    + " (UTF-8 text read as Windows-1252)");
        }
        if (markers(current) > 0) {
            warnUnrepaired(current, warnings);
        }
        return current;
    }

    private String repairRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = runEnd(text, i);
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            String run = text.substring(i, end);
            String fixed = fixRun(run);
            if (!fixed.equals(run)) {
                repaired++;
            }
            out.append(fixed);
            i = end;
        }
        return out.toString();
    }

    private static String fixRun(String run) {
        int before = markers(run);
        if (before == 0) {
            return run;
        }
        byte[] bytes = Cp1252.bytes(run);
        String strict = decode(bytes, 0, bytes.length);
        if (strict != null && markers(strict) < before) {
            return strict;
        }
        String greedy = decodeSequences(run, bytes);
        return markers(greedy) == 0 ? greedy : run;
    }

    /** Decodes every well-formed UTF-8 sequence in the run and keeps the other characters as they were. */
    private static String decodeSequences(String run, byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes[i] & 0xFF);
            String decoded = length > 0 && i + length <= bytes.length ? decode(bytes, i, length) : null;
            if (decoded != null) {
                out.append(decoded);
                i += length;
            } else {
                out.append(run.charAt(i++));
            }
        }
        return out.toString();
    }

    private static void warnUnrepaired(String text, List<String> warnings) {
        for (int i = 0; i < text.length(); i++) {
            int end = runEnd(text, i);
            if (end > i && markers(text.substring(i, end)) > 0) {
                warnings.add("Left possible mojibake unrepaired: '" + text.substring(i, end) + "'");
                i = end;
            }
        }
    }

    private static int markers(String text) {
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (isMarker(text.charAt(i), text.charAt(i + 1))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isMarker(char first, char second) {
        if (first < 'Â' || first > 'ð' || LEADS.indexOf(first) < 0) {
            return false;
        }
        int b = Cp1252.byteOf(second);
        return b >= 0x80 && b <= 0xBF;
    }

    /** The end of the run of non-ASCII characters starting at i that each stand for one byte. */
    private static int runEnd(String text, int i) {
        int end = i;
        while (end < text.length() && Cp1252.byteOf(text.charAt(end)) >= 0x80) {
            end++;
        }
        return end;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    private static String decode(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
