package dev.lede.ingest.quotes.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split ({@code text/}, {@code attributions/}, optionally {@code corenlp/}). Where several
 * annotators marked one article, the first annotation file by name is used. Brat offsets count code points;
 * they are turned into Java string offsets here.
 */
final class Corpus {
    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) ([\\d ;]+)\\t");
    private static final Pattern EVENT = Pattern.compile("^E\\d+\\t(.*)$");
    private static final Pattern ANNOTATOR = Pattern.compile("_[0-9a-f]{4}\\.ann$");

    private Corpus() {
    }

    static List<Article> read(Path split) {
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            files.sorted().forEach(f -> annotations.putIfAbsent(ANNOTATOR.matcher(f.getFileName().toString()).replaceFirst(""), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Article> articles = new ArrayList<>();
        annotations.forEach((name, ann) -> articles.add(article(split, name, ann)));
        return articles;
    }

    private static Article article(Path split, String name, Path ann) {
        try {
            String text = Files.readString(split.resolve("text").resolve(name + ".txt"));
            Path xml = split.resolve("corenlp").resolve(name + ".txt.xml");
            CoreNlp nlp = Files.isRegularFile(xml) ? CoreNlp.read(xml) : null;
            return new Article(name, text, paragraphs(text), attributions(Files.readAllLines(ann), text), nlp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-blank line is a paragraph, except the first, which is the headline. */
    static List<Article.Paragraph> paragraphs(String text) {
        List<Article.Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        boolean headline = true;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                if (!headline) {
                    paragraphs.add(new Article.Paragraph(start, line));
                }
                headline = false;
            }
            start += line.length() + 1;
        }
        return paragraphs;
    }

    private static List<Article.Attribution> attributions(List<String> lines, String text) {
        Map<String, List<Span>> bounds = new HashMap<>();
        List<Article.Attribution> found = new ArrayList<>();
        for (String line : lines) {
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.find()) {
                bounds.put(t.group(1), spans(t.group(3), text));
            }
        }
        for (String line : lines) {
            Matcher e = EVENT.matcher(line);
            if (!e.find()) {
                continue;
            }
            Map<String, String> roles = new HashMap<>();
            for (String part : e.group(1).trim().split("\\s+")) {
                String[] kv = part.split(":");
                roles.put(kv[0], kv[1]);
            }
            List<Span> content = bounds.getOrDefault(roles.get("Content"), List.of());
            if (!content.isEmpty()) {
                found.add(new Article.Attribution(bounds.getOrDefault(roles.get("Source"), List.of()),
                        bounds.getOrDefault(roles.get("Cue"), List.of()), content));
            }
        }
        return found;
    }

    private static List<Span> spans(String offsets, String text) {
        List<Span> spans = new ArrayList<>();
        for (String pair : offsets.split(";")) {
            String[] se = pair.trim().split(" ");
            spans.add(new Span(chars(text, Integer.parseInt(se[0])), chars(text, Integer.parseInt(se[1]))));
        }
        return spans;
    }

    private static int chars(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }
}
