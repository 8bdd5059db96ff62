package dev.lede.ingest.page;

import java.time.LocalDate;
import java.util.List;

/** Collects what the lines about an article say (byline, dates, dateline, "Why We Wrote This") in one sort. */
final class MetaCollector {

    /** What was collected: the byline's names, the dateline's place, the publication date, the box text. */
    record Meta(String byline, String dateline, LocalDate publishedOn, String whyWeWroteThis) {
    }

    private final List<String> warnings;
    private String byline;
    private String dateline;
    private LocalDate publishedOn;
    private LocalDate updatedOn;
    private String whyWeWroteThis;

    MetaCollector(List<String> warnings) {
        this.warnings = warnings;
    }

    /** Takes a byline, date line or dateline, or each part of a line joining them. */
    void take(String line) {
        List<String> parts = MetaLines.parts(line);
        if (parts.isEmpty()) {
            takeOther(line);
        }
        for (String part : parts) {
            if (MetaLines.isMeta(part)) {
                takePart(part);
            } else {
                warnings.add(Warnings.furniture(part));
            }
        }
    }

    /** A place alone on its line, or a line that carries a date among other words. */
    private void takeOther(String line) {
        String place = Bylines.place(line);
        DateLines.DateLine date = DateLines.readWithin(line);
        if (place != null) {
            dateline(place, line);
        } else if (date != null) {
            date(date, line);
        }
    }

    private void takePart(String part) {
        String names = Bylines.byline(part);
        DateLines.DateLine date = DateLines.read(part);
        if (names != null) {
            byline(names, part);
        } else if (date != null) {
            date(date, part);
        } else {
            dateline(Bylines.dateline(part), part);
        }
    }

    private void dateline(String place, String line) {
        if (dateline == null) {
            dateline = place;
        } else {
            warnings.add(Warnings.dropped("a second dateline", line));
        }
    }

    void whyWeWroteThis(String text) {
        if (whyWeWroteThis == null) {
            whyWeWroteThis = text;
        } else if (Words.of(text).nearDuplicate(Words.of(whyWeWroteThis))) {
            warnings.add("Dropped a repeated 'Why We Wrote This' box");
            whyWeWroteThis = text.length() > whyWeWroteThis.length() ? text : whyWeWroteThis;
        } else {
            warnings.add(Warnings.dropped("a second, different 'Why We Wrote This' box", text));
        }
    }

    private void byline(String names, String line) {
        if (byline == null) {
            byline = names;
        } else if (!byline.equals(names)) {
            warnings.add(Warnings.dropped("a second byline", line));
        }
    }

    private void date(DateLines.DateLine date, String line) {
        if (date.updated()) {
            updatedOn = updatedOn == null ? date.date() : updatedOn;
        } else if (publishedOn == null) {
            publishedOn = date.date();
        } else if (!publishedOn.equals(date.date())) {
            warnings.add(Warnings.dropped("a second publication date", line));
        }
    }

    Meta meta() {
        if (publishedOn == null && updatedOn != null) {
            warnings.add("Took the publication date from the 'Updated' date");
            return new Meta(byline, dateline, updatedOn, whyWeWroteThis);
        }
        return new Meta(byline, dateline, publishedOn, whyWeWroteThis);
    }
}
