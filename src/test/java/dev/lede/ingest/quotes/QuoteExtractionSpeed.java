package dev.lede.ingest.quotes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time of extracting the quotes of the seed article (nine paragraphs), after the JIT has warmed up. */
public final class QuoteExtractionSpeed {
    private QuoteExtractionSpeed() {
    }

    public static void main(String[] args) {
        QuoteExtractor extractor = new QuoteExtractor();
        for (int i = 0; i < 200; i++) {
            extractor.extract(QuoteExtractorSeedTest.SEED);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = 200;
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            extractor.extract(QuoteExtractorSeedTest.SEED);
        }
        System.out.printf("Seed article (9 paragraphs), mean of %d warm runs: %.2f ms CPU, %.2f ms wall per extract()%n",
                runs, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs, (System.nanoTime() - wall) / 1e6 / runs);
    }
}
