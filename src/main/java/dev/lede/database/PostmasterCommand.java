package dev.lede.database;

import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the running embedded postmaster was started, taken from the process itself, so that it can be
 * started again the same way (same binaries, port and settings) when it dies. pg_ctl waits for the
 * start, crash recovery included, and fails at once when the server cannot start.
 */
record PostmasterCommand(List<String> prefix, Path pgCtl, List<String> options) {
    private static final int START_SECONDS = 60;

    static PostmasterCommand of(Path dataDir) throws IOException {
        ProcessHandle postmaster = OrphanPostmaster.namedProcess(dataDir)
                .orElseThrow(() -> new IllegalStateException("No postmaster runs in " + dataDir));
        String command = postmaster.info().command()
                .orElseThrow(() -> new IllegalStateException("The postmaster's command is unknown"));
        List<String> options = new ArrayList<>(Arrays.asList(postmaster.info().arguments().orElse(new String[0])));
        int d = options.indexOf("-D");
        if (d >= 0) {
            options.subList(d, Math.min(d + 2, options.size())).clear();
        }
        // as root, the embedded database runs PostgreSQL in a user namespace (it refuses to run as root)
        List<String> prefix = LinuxUtils.isUnshareAvailable() ? List.of("unshare", "-U") : List.of();
        return new PostmasterCommand(prefix, Path.of(command).resolveSibling("pg_ctl"), options);
    }

    void start(Path dataDir) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-o", String.join(" ", options),
                "-l", dataDir.resolve("postmaster.log").toString(), "-w", "-t", String.valueOf(START_SECONDS),
                        "start"));
        try {
            Process pgCtlStart = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!pgCtlStart.waitFor(START_SECONDS + 10, TimeUnit.SECONDS) || pgCtlStart.exitValue() != 0) {
                pgCtlStart.destroyForcibly();
                throw new IllegalStateException("PostgreSQL did not start (see " + dataDir.resolve("postmaster.log")
                        + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException("pg_ctl could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting PostgreSQL", e);
        }
    }
}
