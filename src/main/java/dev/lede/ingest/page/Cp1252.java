package dev.lede.ingest.page;

/** The bytes behind text decoded as Windows-1252 or ISO-8859-1, to decode them again as UTF-8. */
final class Cp1252 {

    // Windows-1252 characters for bytes 0x80-0x9F; the five undefined bytes stay C1 controls, as browsers decode them.
    private static final String HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F"
            + "\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private Cp1252() {
    }

    /** The byte a character stands for (0-255), or -1 when it stands for none. */
    static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        int index = HIGH.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    /** The bytes of a text whose characters all stand for one. */
    static byte[] bytes(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            bytes[i] = (byte) byteOf(text.charAt(i));
        }
        return bytes;
    }
}
