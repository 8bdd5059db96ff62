package dev.lede.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Counts a bulk import's outcomes and shows them: a progress bar on a terminal, a line per page elsewhere (a log). */
final class ImportProgress {
    private static final int BAR_WIDTH = 40;

    private final int total;
    private final PrintStream out;
    private final boolean terminal;
    private int created;
    private int unchanged;
    private final List<String> failures = new ArrayList<>();

    ImportProgress(int total, PrintStream out, boolean terminal) {
        this.total = total;
        this.out = out;
        this.terminal = terminal;
    }

    synchronized void record(Path page, String outcome) {
        if (outcome.equals("CREATED")) {
            created++;
        } else if (outcome.equals("UNCHANGED")) {
            unchanged++;
        } else {
            failures.add(page + ": " + outcome.substring("failed: ".length()));
        }
        int done = created + unchanged + failures.size();
        if (terminal) {
            int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
            out.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), done, total);
        } else {
            out.printf("%d/%d %s %s%n", done, total, page, outcome.toLowerCase());
        }
    }

    synchronized void summary() {
        if (terminal) {
            out.println();
        }
        out.printf("imported: %d, unchanged: %d, failed: %d%n", created, unchanged, failures.size());
        failures.forEach(f -> out.println("  failed " + f));
    }

    synchronized int failed() {
        return failures.size();
    }
}
