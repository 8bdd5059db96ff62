package dev.lede.imports;

import dev.lede.problem.ApiException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Imports many page files: reading a page and finding its quotes, most of the work, runs on {@code threads} workers
 * while this thread stores the pages read so far, {@code batch} to a transaction. At most a few batches wait to be
 * stored, so an archive of any size fits in memory.
 */
final class BulkImport {
    /** A page file read, or why it could not be. */
    private record Read(Path file, PreparedPage page, String failure) {
    }

    private final ImportService imports;
    private final int threads;
    private final int batch;

    BulkImport(ImportService imports, int threads, int batch) {
        this.imports = imports;
        this.threads = threads;
        this.batch = batch;
    }

    void run(List<Path> files, ImportProgress progress) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CompletionService<Read> reads = new ExecutorCompletionService<>(pool);
            int window = Math.max(batch * 4, threads * 2);
            int submitted = 0;
            List<Read> pending = new ArrayList<>();
            for (int taken = 0; taken < files.size(); taken++) {
                for (; submitted < files.size() && submitted - taken < window; submitted++) {
                    Path file = files.get(submitted);
                    reads.submit(() -> read(file));
                }
                Read read = reads.take().get();
                if (read.failure() != null) {
                    progress.record(read.file(), read.failure());
                } else if (pending.add(read) && pending.size() == batch) {
                    store(pending, progress);
                }
            }
            store(pending, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    private Read read(Path file) {
        try {
            return new Read(file, imports.prepare(PageFiles.read(file), ImportOptions.defaults()), null);
        } catch (CharacterCodingException e) {
            return new Read(file, null, "failed: not UTF-8 text");
        } catch (ApiException e) {
            return new Read(file, null, "failed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Read(file, null, "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Stores the pending pages together; if the database refuses that, each alone, so that one page fails alone. */
    private void store(List<Read> pending, ImportProgress progress) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            List<ImportResult.Outcome> outcomes = imports.storeAll(pending.stream().map(Read::page).toList());
            for (int i = 0; i < pending.size(); i++) {
                progress.record(pending.get(i).file(), outcomes.get(i).name());
            }
        } catch (RuntimeException e) {
            if (pending.size() == 1) {
                progress.record(pending.get(0).file(), "failed: " + e.getClass().getSimpleName() + ": "
                        + e.getMessage());
            } else {
                pending.forEach(r -> store(new ArrayList<>(List.of(r)), progress));
            }
        }
        pending.clear();
    }
}
