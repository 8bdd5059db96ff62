package dev.lede.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Which leftover postmaster.pid files the embedded database acts on; the real kill -9 is in FaultIT. */
class OrphanPostmasterTest {
    @TempDir
    Path dataDir;

    @Test
    void aPidFileNamingALiveProcessThatIsNotPostgresIsStaleAndRemoved() throws IOException {
        // after a crash the pid in postmaster.pid may belong to anything; PostgreSQL would refuse to start
        long notPostgres = ProcessHandle.current().pid();
        writePidFile(notPostgres, dataDir);

        OrphanPostmaster.stopIfAny(dataDir);

        assertFalse(Files.exists(dataDir.resolve("postmaster.pid")));
        assertTrue(ProcessHandle.current().isAlive());
    }

    @Test
    void aPidFileOfAnotherDirectoryIsLeftAlone() throws IOException {
        writePidFile(ProcessHandle.current().pid(), dataDir.resolve("elsewhere"));

        OrphanPostmaster.stopIfAny(dataDir);

        assertTrue(Files.exists(dataDir.resolve("postmaster.pid")));
    }

    @Test
    void aPidFileNamingAProcessThatIsGoneIsLeftToPostgreSql() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        writePidFile(gone.pid(), dataDir);

        assertTrue(OrphanPostmaster.namedProcess(dataDir).isEmpty());
        OrphanPostmaster.stopIfAny(dataDir);
        assertTrue(Files.exists(dataDir.resolve("postmaster.pid")));
    }

    @Test
    void aProcessIsOursOnlyWhenItIsPostgresOnThisDirectory() {
        assertFalse(OrphanPostmaster.runsOn(ProcessHandle.current(), dataDir));
    }

    private void writePidFile(long pid, Path recordedDir) throws IOException {
        Files.writeString(dataDir.resolve("postmaster.pid"), pid + "\n" + recordedDir + "\n1700000000\n5432\n");
    }
}
