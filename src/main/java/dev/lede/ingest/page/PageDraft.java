package dev.lede.ingest.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What one parse has found so far; each parse has its own, so the parser stays thread-safe. */
final class PageDraft {

    private static final int PREVIEW_LENGTH = 60;

    final List<String> warnings;
    // lines of the page head, so that a repeated copy of the head can be recognised in the body
    final Set<String> headLines = new HashSet<>();
    String section;
    String headline;
    String standfirst;
    String whyWeWroteThis;
    String byline;
    String dateline;
    LocalDate publishedOn;
    private LocalDate updatedOn;

    PageDraft(List<String> warnings) {
        this.warnings = new ArrayList<>(warnings);
    }

    static String preview(String text) {
        return text.length() <= PREVIEW_LENGTH ? text : text.substring(0, PREVIEW_LENGTH) + "…";
    }

    void dropFurniture(String line) {
        warnings.add("Dropped 1 line of page furniture: '" + preview(line) + "'");
    }

    void dropNoise(String line) {
        warnings.add("Dropped 1 line that is not text: '" + preview(line) + "'");
    }

    void drop(String what, String line) {
        warnings.add("Dropped " + what + ": '" + preview(line) + "'");
    }

    void whyWeWroteThis(String text) {
        if (whyWeWroteThis == null) {
            whyWeWroteThis = text;
        } else if (Words.of(text).nearDuplicate(Words.of(whyWeWroteThis))) {
            warnings.add("Dropped a repeated 'Why We Wrote This' box");
            whyWeWroteThis = text.length() > whyWeWroteThis.length() ? text : whyWeWroteThis;
        } else {
            drop("a second, different 'Why We Wrote This' box", text);
        }
    }

    void byline(String names, String line) {
        if (byline == null) {
            byline = names;
        } else if (!byline.equals(names)) {
            drop("a second byline", line);
        }
    }

    void date(DateLines.DateLine date, String line) {
        if (date.updated()) {
            updatedOn = updatedOn == null ? date.date() : updatedOn;
        } else if (publishedOn == null) {
            publishedOn = date.date();
        } else if (!publishedOn.equals(date.date())) {
            drop("a second publication date", line);
        }
    }

    ParsedPage toPage(List<ParsedBlock> blocks) {
        if (publishedOn == null && updatedOn != null) {
            publishedOn = updatedOn;
            warnings.add("Took the publication date from the 'Updated' date");
        }
        if (dateline == null) {
            blocks.stream().filter(b -> b.type() == BlockType.PARAGRAPH).findFirst()
                    .ifPresent(first -> dateline = Bylines.dateline(first.text()));
        }
        return new ParsedPage(section, headline, standfirst, whyWeWroteThis, byline, dateline, publishedOn, blocks,
                warnings);
    }
}
