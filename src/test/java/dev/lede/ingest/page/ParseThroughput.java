package dev.lede.ingest.page;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/** Run by hand, not a test: reads the seed page as an import does (PageReader) on one thread, prints pages per second. */
public final class ParseThroughput {

    private static final int WARM_UP = 5_000;
    private static final int RUNS = 20_000;

    private ParseThroughput() {
    }

    public static void main(String[] args) throws IOException {
        String seed;
        try (InputStream in = ParseThroughput.class.getResourceAsStream("/seeds/000_7f78643c581e5c7b.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PageReader reader = new PageReader();
        RawPage page = RawPage.text(seed);
        int blocks = 0;
        for (int i = 0; i < WARM_UP; i++) {
            blocks += reader.read(page).blocks().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < RUNS; i++) {
            blocks += reader.read(page).blocks().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time too, since the cores are shared and wall time also counts other people's builds
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // printing the block count keeps the JIT from discarding the work
        System.out.printf("%d pages in %.2f s: %.0f pages/s wall, %.0f pages/s of CPU time (%d blocks)%n",
                RUNS, seconds, RUNS / seconds, RUNS / cpuSeconds, blocks);
    }
}
