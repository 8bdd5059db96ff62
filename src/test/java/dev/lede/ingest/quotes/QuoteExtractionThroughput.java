package dev.lede.ingest.quotes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Run by bench/import.sh, not a test: extracts the seed's quotes on one thread, warm, and prints the time per article. */
public final class QuoteExtractionThroughput {
    private static final int WARM_UP = 300;
    private static final int RUNS = 1_000;

    private QuoteExtractionThroughput() {
    }

    public static void main(String[] args) {
        QuoteExtractor extractor = new QuoteExtractor();
        int quotes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            quotes += extractor.extract(QuoteExtractorSeedTest.SEED).size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < RUNS; i++) {
            quotes += extractor.extract(QuoteExtractorSeedTest.SEED).size();
        }
        double wallMs = (System.nanoTime() - start) / 1e6 / RUNS;
        // CPU time too, since the cores are shared and wall time also counts other people's builds
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / RUNS;
        // printing the quote count keeps the JIT from discarding the work
        System.out.printf("%d extractions of the seed's %d paragraphs: %.2f ms wall, %.2f ms CPU each (%d quotes)%n",
                RUNS, QuoteExtractorSeedTest.SEED.size(), wallMs, cpuMs, quotes);
    }
}
