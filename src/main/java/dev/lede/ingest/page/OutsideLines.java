package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports the lines of a page left outside the article. Furniture known by what it says is named line by line;
 * lines judged by where they sit (menus, link lists, labels around the prose) are summed up, as a page can have
 * hundreds of them.
 */
final class OutsideLines {

    private OutsideLines() {
    }

    /** Warnings for lines [from, to), which lie before or after the article ({@code where}). */
    static List<String> warnings(List<Line> lines, int from, int to, String where) {
        List<String> warnings = new ArrayList<>();
        List<String> judged = new ArrayList<>();
        int noise = 0;
        for (Line line : lines.subList(from, Math.max(from, to))) {
            switch (line.kind()) {
                case FURNITURE, PHOTO, BOX -> warnings.add(Warnings.furniture(line.text()));
                case NOISE -> noise++;
                default -> judged.add(line.text());
            }
        }
        if (!judged.isEmpty()) {
            warnings.add(summary(judged, where));
        }
        if (noise > 0) {
            warnings.add("Dropped " + noise + (noise == 1 ? " line" : " lines") + " of symbols or binary data " + where
                    + " the article's text");
        }
        return warnings;
    }

    private static String summary(List<String> judged, String where) {
        String first = Warnings.preview(judged.get(0));
        if (judged.size() == 1) {
            return "Dropped 1 line " + where + " the article's text, judged to be a menu entry, link or label: '"
                    + first + "'";
        }
        return "Dropped " + judged.size() + " lines " + where + " the article's text, judged to be menus, links or"
                + " labels: '" + first + "' to '" + Warnings.preview(judged.get(judged.size() - 1)) + "'";
    }
}
