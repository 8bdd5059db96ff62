package dev.lede.ingest.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a line that holds only a date: "Oct. 24, 2024", "2024-10-24", "Published October 24, 2024 at 3:00 p.m.". */
final class DateLines {

    record DateLine(LocalDate date, boolean updated) {
    }

    private static final int MAX_LENGTH = 80;
    private static final String MONTH =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY =
            "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?"
            + "\\.?,?\\s+";
    private static final String TIME = "(?:\\s*(?:,|at|\\||·|•|–|—|-)?\\s*\\d{1,2}(?:[:.]\\d{2}){0,2}"
            + "\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?"
            + "(?:\\s*(?:utc|gmt|[a-z]{1,2}t))?)?";
    private static final Pattern DATE_LINE = Pattern.compile("(?:(?<label>published|posted|updated|last updated"
            + "|first published|modified)(?:\\s+on)?\\s*:?\\s*)?(?:" + WEEKDAY + ")?"
            + "(?:(?<month>" + MONTH + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})"
            + "|(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<monthSecond>" + MONTH + "),?\\s+(?<yearLast>\\d{4})"
            + "|(?<iso>\\d{4}-\\d{2}-\\d{2})(?:t[\\d:.]+(?:z|[+-]\\d{2}:?\\d{2})?)?)" + TIME + "\\s*",
            Pattern.CASE_INSENSITIVE);
    // a short line that carries a date or time among other things: "Updated 10:01 pm PST, Tuesday, November 19, 2019",
    // "By Tim Childers 2019-11-19T12:48:14Z", "segunda-feira, 22 de janeiro de 2018 às 0:13"
    private static final int MAX_DATED_WORDS = 14;
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<![\\d.])(?:(?:19|20)\\d{2}[-./年]\\d{1,2}[-./月]\\d{1,2}"
            + "|\\d{1,2}[-./]\\d{1,2}[-./](?:19|20)?\\d{2})(?![\\d.]\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern TIME_OR_MONTH = Pattern.compile("(?<!\\d)\\d{1,2}[:h]\\d{2}(?!\\d)|\\b" + MONTH
            + "(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    // "Posted on Oktober 27, 2015 by Admin": a month in any language after a publishing verb
    private static final Pattern POSTED =
            Pattern.compile("(?:posted|published|updated|written|publicado|publié|pubblicato"
            + "|veröffentlicht|aktualisiert|diterbitkan|opublikowano)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK =
            Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?|utc|gmt|[a-z]{1,2}t)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private DateLines() {
    }

    /** The date of a date line, or null when the line is anything else or names no real day. */
    static DateLine read(String line) {
        if (line.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m = DATE_LINE.matcher(line);
        return m.matches() ? dateLine(m) : null;
    }

    /** The first date written out in a line that also says other things, or null. */
    static DateLine readWithin(String line) {
        Matcher m = DATE_LINE.matcher(line);
        while (m.find()) {
            DateLine date = dateLine(m);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static DateLine dateLine(Matcher m) {
        LocalDate date = date(m);
        String label = m.group("label") == null ? "" : m.group("label").toLowerCase(Locale.ROOT);
        return date == null ? null : new DateLine(date, label.contains("updated") || label.equals("modified"));
    }

    /** A short line that is not a sentence and carries a date or a time of day: a date line with other things in it. */
    static boolean mentionsDate(String line) {
        // "— Jane Roe (@janeroe) November 18, 2019" signs an embedded post: it belongs to the text it quotes
        if (!hasDigit(line) || Lines.weight(line) > MAX_DATED_WORDS || Lines.endsWithStop(line) && !line.endsWith("m.")
                || "—–-".indexOf(line.charAt(0)) >= 0) {
            return false;
        }
        return NUMERIC_DATE.matcher(line).find() || CLOCK.matcher(line).find()
                || YEAR.matcher(line).find() && (TIME_OR_MONTH.matcher(line).find() || POSTED.matcher(line)
                        .lookingAt());
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group("iso") != null) {
                return LocalDate.parse(m.group("iso"));
            }
            if (m.group("month") != null) {
                return of(m.group("year"), m.group("month"), m.group("day"));
            }
            return of(m.group("yearLast"), m.group("monthSecond"), m.group("dayFirst"));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate of(String year, String month, String day) {
        int index = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT));
        return LocalDate.of(Integer.parseInt(year), index + 1, Integer.parseInt(day));
    }
}
