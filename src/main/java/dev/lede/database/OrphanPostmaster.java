package dev.lede.database;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A postmaster left running on Lede's data directory when Lede was killed (kill -9 gives a shutdown
 * hook no chance), which would stop the next start. It is stopped only when it is certainly ours to
 * stop: {@code postmaster.pid} names a live process, that process is a {@code postgres} started with
 * this data directory, and no live process holds the directory's lock (the embedded database keeps
 * {@code epg-lock} locked while its owner runs). A pid file naming a live process that is not a
 * postgres is stale (its pid was reused after a crash) and would block PostgreSQL forever: it goes.
 */
final class OrphanPostmaster {
    private static final Logger LOG = Logger.getLogger(OrphanPostmaster.class);
    private static final String PID_FILE = "postmaster.pid";
    private static final String OWNER_LOCK = "epg-lock";
    private static final long SMART_STOP_SECONDS = 20;
    private static final long KILL_WAIT_SECONDS = 10;

    private OrphanPostmaster() {
    }

    static void stopIfAny(Path dataDir) throws IOException {
        Optional<ProcessHandle> named = namedProcess(dataDir);
        if (named.isEmpty()) {
            return;
        }
        ProcessHandle process = named.get();
        Optional<String> command = process.info().command();
        if (command.isPresent() && !isPostgres(command.get())) {
            LOG.infof("Removing a stale %s: process %d is not a PostgreSQL server", PID_FILE, process.pid());
            Files.deleteIfExists(dataDir.resolve(PID_FILE));
        } else if (runsOn(process, dataDir)) {
            if (lockedByALiveOwner(dataDir)) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDir
                        + " is in use by another running process (PID "
                        + process.pid() + "); stop it, or give this Lede its own lede.embedded-database.data-dir");
            }
            LOG.warnf("Stopping PostgreSQL process %d, left running on %s by a Lede that was killed", process.pid(),
                    dataDir);
            stop(process);
        }
    }

    /** The live process postmaster.pid names, if the file names this directory. */
    static Optional<ProcessHandle> namedProcess(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d{1,10}")
                || !sameDirectory(Path.of(lines.get(1).trim()), dataDir)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
    }

    /** A postgres executable started with {@code -D} this data directory. */
    static boolean runsOn(ProcessHandle process, Path dataDir) {
        List<String> arguments = Arrays.asList(process.info().arguments().orElse(new String[0]));
        int d = arguments.indexOf("-D");
        return process.info().command().map(OrphanPostmaster::isPostgres).orElse(false)
                && d >= 0 && d + 1 < arguments.size() && sameDirectory(Path.of(arguments.get(d + 1)), dataDir);
    }

    private static boolean isPostgres(String command) {
        return Path.of(command).getFileName().toString().equals("postgres");
    }

    private static boolean lockedByALiveOwner(Path dataDir) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDir.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return true;
        }
    }

    /** Smart shutdown first (SIGTERM: its clients died with Lede), then SIGKILL; waits for its children too. */
    private static void stop(ProcessHandle postmaster) {
        List<ProcessHandle> children = postmaster.descendants().toList();
        postmaster.destroy();
        if (!exited(postmaster, SMART_STOP_SECONDS)) {
            postmaster.destroyForcibly();
        }
        if (!exited(postmaster, KILL_WAIT_SECONDS) || !children.stream().allMatch(c -> exited(c, KILL_WAIT_SECONDS))) {
            throw new IllegalStateException("PostgreSQL process " + postmaster.pid()
                    + " or one of its children would not stop");
        }
    }

    private static boolean exited(ProcessHandle process, long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
