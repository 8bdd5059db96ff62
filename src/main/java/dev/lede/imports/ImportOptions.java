package dev.lede.imports;

import java.time.Instant;
import java.util.List;

/** What the caller of an import can decide instead of the parser. */
public record ImportOptions(boolean dryRun, boolean publish, String section, List<String> tags, Instant publishedAt) {
    public static ImportOptions defaults() {
        return new ImportOptions(false, true, null, List.of(), null);
    }
}
