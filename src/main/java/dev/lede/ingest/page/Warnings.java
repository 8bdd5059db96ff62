package dev.lede.ingest.page;

/** The wording of the parser's warnings, which quote a short preview of the line concerned. */
final class Warnings {

    private static final int PREVIEW_LENGTH = 60;

    private Warnings() {
    }

    static String preview(String text) {
        return text.length() <= PREVIEW_LENGTH ? text : text.substring(0, PREVIEW_LENGTH) + "…";
    }

    static String furniture(String line) {
        return "Dropped 1 line of page furniture: '" + preview(line) + "'";
    }

    static String noise(String line) {
        return "Dropped 1 line that is not text: '" + preview(line) + "'";
    }

    static String dropped(String what, String line) {
        return "Dropped " + what + ": '" + preview(line) + "'";
    }
}
