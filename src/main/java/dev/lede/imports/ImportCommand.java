package dev.lede.imports;

import dev.lede.common.ApiException;
import dev.lede.ingest.page.RawPage;
import io.quarkus.runtime.QuarkusApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** {@code java -jar quarkus-run.jar import <dir or files…>}: imports every page file, then sums up. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports scraped article pages into Lede, with the server's database settings: HTML (.html, .htm, "
                + ".html.gz; the charset its meta tag names, else UTF-8) and visible text (.txt, UTF-8).")
public class ImportCommand implements QuarkusApplication, Callable<Integer> {
    private static final List<String> HTML = List.of(".html", ".htm", ".html.gz", ".htm.gz");

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files, or directories searched for *.txt, *.html, *.htm and *.html.gz")
    List<Path> paths;

    @CommandLine.Option(names = "--threads", description = "Pages imported at once (default: ${DEFAULT-VALUE})")
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

    private final ImportService imports;
    private final PrintStream out = System.out;

    public ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public int run(String... args) {
        return new CommandLine(this).execute(java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() throws Exception {
        List<Path> pages = pages();
        ImportProgress progress = new ImportProgress(pages.size(), out, System.console() != null);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (Path page : pages) {
                work.add(() -> {
                    progress.record(page, importOne(page));
                    return null;
                });
            }
            pool.invokeAll(work);
        } finally {
            pool.shutdown();
        }
        progress.summary();
        return progress.failed() == 0 ? 0 : 1;
    }

    /** The outcome's name, or the reason it failed prefixed with "failed: ". */
    private String importOne(Path page) {
        try {
            return imports.importPage(raw(page), ImportOptions.defaults()).outcome().name();
        } catch (CharacterCodingException e) {
            return "failed: not UTF-8 text";
        } catch (ApiException e) {
            return "failed: " + e.getMessage();
        } catch (IOException | RuntimeException e) {
            return "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static RawPage raw(Path page) throws IOException {
        String name = page.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                return RawPage.html(in.readAllBytes(), null);
            }
        }
        byte[] bytes = Files.readAllBytes(page);
        return isHtml(name) ? RawPage.html(bytes, null) : RawPage.text(PageBodies.utf8(bytes));
    }

    private static boolean isHtml(String name) {
        return HTML.stream().anyMatch(name::endsWith);
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || isHtml(name);
    }

    private List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(p -> Files.isRegularFile(p) && isPage(p)).sorted().forEach(pages::add);
                }
            } else {
                pages.add(path);
            }
        }
        return pages;
    }
}
