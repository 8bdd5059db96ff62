package dev.lede.synthetic;

import io.quarkus.runtime.QuarkusApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code java -jar quarkus-run.jar generate --count N}: fills the database with synthetic articles for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Adds N synthetic published articles with quotes, sections, tags and speakers, with the server's "
                + "database settings.")
public class GenerateCommand implements QuarkusApplication, Callable<Integer> {
    @Option(names = "--count", required = true, description = "How many articles to add")
    int count;

    @Option(names = "--batch", description = "Articles per transaction (default: ${DEFAULT-VALUE})")
    int batch = 1000;

    @Option(names = "--connections",
            description = "Batches written at once, each on its own connection (default: one per core, "
                    + "${DEFAULT-VALUE})")
    int connections = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", description = "Seed of the text generator, for a repeatable archive (default: "
            + "${DEFAULT-VALUE})")
    long seed = 42;

    private final SyntheticArticles articles;

    public GenerateCommand(SyntheticArticles articles) {
        this.articles = articles;
    }

    @Override
    public int run(String... args) {
        return new CommandLine(this).execute(java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        articles.generate(count, Math.max(1, batch), Math.max(1, connections), seed, done -> {
            if (done % 10_000 == 0 || done == count) {
                System.out.printf("%d articles (%.0f s)%n", done, (System.nanoTime() - start) / 1e9);
            }
        });
        return 0;
    }
}
