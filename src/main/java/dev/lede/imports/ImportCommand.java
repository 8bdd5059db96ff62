package dev.lede.imports;

import io.quarkus.runtime.QuarkusApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code java -jar quarkus-run.jar import <dir or files…>}: imports every page file, then sums up. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports scraped article pages into Lede, with the server's database settings: HTML (.html, "
                + ".htm, .html.gz; the charset its meta tag names, else UTF-8) and visible text (.txt, UTF-8).")
public class ImportCommand implements QuarkusApplication, Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Page files, or directories searched for *.txt, *.html, *.htm and *.html.gz")
    List<Path> paths;

    @Option(names = "--threads", description = "Pages read and searched for quotes at once (default: one per core, "
            + "${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", description = "Pages stored per transaction (default: ${DEFAULT-VALUE})")
    int batch = 100;

    private final ImportService imports;

    public ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public int run(String... args) {
        return new CommandLine(this).execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() throws Exception {
        List<Path> pages = PageFiles.list(paths);
        ImportProgress progress = new ImportProgress(pages.size(), System.out, System.console() != null);
        new BulkImport(imports, Math.max(1, threads), Math.max(1, batch)).run(pages, progress);
        progress.summary();
        return progress.failed() == 0 ? 0 : 1;
    }
}
