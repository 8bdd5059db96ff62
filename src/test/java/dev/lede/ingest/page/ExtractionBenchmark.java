package dev.lede.ingest.page;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Run by hand (bench/extraction.sh), not a test: scores the article-extraction development pages with the
 * benchmark's own metric ({@link ShingleScore}), for HTML (the pages as fetched) and for text (their visible
 * text, one {@code <id>.txt} each), and prints precision, recall and F1 next to the corpus README's anchors,
 * every page's F1 worst first, and pages per second of CPU time on one thread.
 * Arguments: {@code [html|text|both] [corpus dir] [text dir] [dump dir]}; the dump dir receives each prediction.
 */
public final class ExtractionBenchmark {

    private static final double MIN_TIMED_SECONDS = 3;

    enum Mode { HTML, TEXT }

    private record Scored(String id, ShingleScore score, boolean accepted) {
    }

    private final ExtractionCorpus corpus;
    private final Path textDir;
    private final Path dumpDir;

    private ExtractionBenchmark(ExtractionCorpus corpus, Path textDir, Path dumpDir) {
        this.corpus = corpus;
        this.textDir = textDir;
        this.dumpDir = dumpDir;
    }

    public static void main(String[] args) throws IOException {
        String modes = arg(args, 0, "both");
        ExtractionCorpus corpus = ExtractionCorpus.load(Path.of(arg(args, 1, "/work/shared/corpora/article-extraction")));
        String dump = arg(args, 3, "");
        var benchmark = new ExtractionBenchmark(corpus, Path.of(arg(args, 2, "/work/corpus-text")),
                dump.isEmpty() ? null : Path.of(dump));
        List<String> summaries = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            if (modes.equals("both") || modes.equalsIgnoreCase(mode.name())) {
                summaries.add(benchmark.run(mode));
            }
        }
        System.out.printf("%n== Summary, next to the anchors of the corpus README (F1 on the same pages)%n");
        summaries.forEach(System.out::println);
        corpus.anchors().forEach(a -> System.out.printf("   %-44s F1 %s%n", a.extractor(), a.f1()));
    }

    private static String arg(String[] args, int i, String otherwise) {
        return args.length > i && !args[i].isBlank() ? args[i] : otherwise;
    }

    /** Scores every page in this mode, prints each page's figures and returns the summary line. */
    private String run(Mode mode) throws IOException {
        Map<String, Object> inputs = inputs(mode);
        List<Scored> pages = new ArrayList<>();
        for (var e : inputs.entrySet()) {
            Prediction p = predict(mode, e.getValue());
            pages.add(new Scored(e.getKey(), ShingleScore.of(corpus.truths().get(e.getKey()).articleBody(), p.body()),
                    p.accepted()));
            dump(mode, e.getKey(), p.body());
        }
        double[] summary = ShingleScore.summary(pages.stream().map(Scored::score).toList());
        System.out.printf("%n== %s: %d pages, %d accepted, %d without input%n", mode, corpus.truths().size(),
                pages.stream().filter(Scored::accepted).count(), corpus.truths().size() - inputs.size());
        pages.sort(Comparator.comparingDouble(s -> s.score().f1()));
        System.out.println("   F1     P      R      page");
        for (Scored s : pages) {
            System.out.printf("   %.3f  %.3f  %.3f  %s %s%s%n", s.score().f1(), s.score().precision(), s.score().recall(),
                    s.id().substring(0, 12), host(corpus.truths().get(s.id()).url()), s.accepted() ? "" : "  (refused)");
        }
        return String.format("   %-44s F1 %.3f  (precision %.3f, recall %.3f; %.0f pages/s of CPU time, one thread)",
                "Lede " + mode, summary[2], summary[0], summary[1], pagesPerSecond(mode, inputs));
    }

    private record Prediction(String body, boolean accepted) {
    }

    private static final PageReader READER = new PageReader();

    /** What the benchmark compares with the marked article body: the page read as an import reads it. */
    private static Prediction predict(Mode mode, Object input) {
        return textBody(READER.read(mode == Mode.HTML ? RawPage.html((byte[]) input, null) : RawPage.text((String) input)));
    }

    /** The body blocks, subheads included; the headline is not part of the marked article bodies. */
    private static Prediction textBody(ParsedPage page) {
        List<String> texts = page.blocks().stream().map(ParsedBlock::text).toList();
        return new Prediction(String.join("\n\n", texts), page.missing().isEmpty());
    }

    private Map<String, Object> inputs(Mode mode) throws IOException {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (String id : corpus.truths().keySet()) {
            if (mode == Mode.HTML) {
                inputs.put(id, corpus.html(id));
            } else if (Files.exists(textDir.resolve(id + ".txt"))) {
                inputs.put(id, Files.readString(textDir.resolve(id + ".txt")));
            }
        }
        return inputs;
    }

    /** Passes over all pages until a few seconds of CPU time are measured, after one untimed pass. */
    private static double pagesPerSecond(Mode mode, Map<String, Object> inputs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long pages = 0;
        long sink = 0;
        while (pages == 0 || (threads.getCurrentThreadCpuTime() - start) / 1e9 < MIN_TIMED_SECONDS) {
            for (Object input : inputs.values()) {
                sink += predict(mode, input).body().length();
                pages++;
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        return sink > 0 ? pages / seconds : 0;
    }

    private void dump(Mode mode, String id, String body) throws IOException {
        if (dumpDir != null) {
            Path file = dumpDir.resolve(mode.name().toLowerCase()).resolve(id + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, body);
        }
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
