package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Photo captions and credits taken out of the body as figures. A caption and its credit often sit on neighbouring
 * lines, in either order, sometimes with a "Credit" label between them: neighbours are joined into one figure.
 */
final class Figures {

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> warnings;
    private String caption;
    private int lastLine = -2;

    Figures(List<String> warnings) {
        this.warnings = warnings;
    }

    /** A line whose credit follows on the next lines. */
    void caption(String text, int line) {
        caption = text;
        lastLine = line;
    }

    /** A photo line: a credit, a caption with its credit, or a caption announced as one. */
    void add(Figure figure, int line) {
        boolean next = line == lastLine + 1;
        lastLine = line;
        if ("".equals(figure.credit())) {
            return;
        }
        if (next && caption != null && figure.caption() == null) {
            add(new Figure(null, null, caption, figure.credit()));
        } else if (next && !figures.isEmpty() && fitTogether(last(), figure)) {
            Figure last = last();
            figures.set(figures.size() - 1,
                    new Figure(null, null, either(last.caption(), figure.caption()),
                            either(last.credit(), figure.credit())));
        } else {
            add(figure);
        }
        caption = null;
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    private void add(Figure figure) {
        figures.add(figure);
        warnings.add(Warnings.dropped("a photo caption or credit from the body, kept as a figure",
                figure.caption() != null ? figure.caption() : figure.credit()));
    }

    private Figure last() {
        return figures.get(figures.size() - 1);
    }

    private static boolean fitTogether(Figure a, Figure b) {
        return a.caption() == null && b.credit() == null || a.credit() == null && b.caption() == null;
    }

    private static String either(String a, String b) {
        return a != null ? a : b;
    }
}
