package dev.lede.imports;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusMainTest
class ImportCommandTest {

    @Test
    void importsADirectoryAndSumsUpWithFailuresNamed(QuarkusMainLauncher launcher) throws IOException {
        Path dir = Files.createTempDirectory("pages");
        String id = UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(dir.resolve("a.txt"), "World\n\nA command-line story " + id + " about ferries\n\nThe ferry ran on time for the first time in weeks.\n");
        Files.writeString(dir.resolve("b.txt"), "Science\n\nA second command-line story " + id + " about swifts\n\nThe swifts came back to the old tower.\n");
        Files.writeString(dir.resolve("furniture.txt"), "Advertisement\n\nPrevious ArticleNext Article\n");
        Files.write(dir.resolve("binary.txt"), new byte[]{(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xC3});
        Files.writeString(dir.resolve("ignored.md"), "not a page");

        LaunchResult first = launcher.launch("import", dir.toString());
        assertThat(first.exitCode(), is(1));
        assertThat(first.getOutput(), containsString("imported: 2, unchanged: 0, failed: 2"));
        assertThat(first.getOutput(), allOf(containsString("furniture.txt: The text is not an article"),
                containsString("binary.txt: not UTF-8 text")));

        Files.delete(dir.resolve("furniture.txt"));
        Files.delete(dir.resolve("binary.txt"));
        LaunchResult again = launcher.launch("import", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
        assertThat(again.exitCode(), is(0));
        assertThat(again.getOutput(), containsString("imported: 0, unchanged: 2, failed: 0"));
    }

    @Test
    void offATerminalEveryPageGetsItsOwnProgressLine(QuarkusMainLauncher launcher) throws IOException {
        Path dir = Files.createTempDirectory("pages");
        String id = UUID.randomUUID().toString().substring(0, 8);
        for (String river : List.of("Avon", "Wye", "Usk")) {
            Files.writeString(dir.resolve(river + ".txt"), "News\n\nThe " + river + " rises again " + id + "\n\nThe " + river + " rose a metre overnight.\n");
        }

        LaunchResult result = launcher.launch("import", dir.toString());

        assertThat(result.exitCode(), is(0));
        List<String> progress = result.getOutputStream().stream().filter(l -> l.matches("[123]/3 .*\\.txt created")).toList();
        assertThat(progress, hasSize(3));
        assertThat(progress.stream().map(l -> l.substring(0, 3)).toList(), contains("1/3", "2/3", "3/3"));
    }

    @Test
    @Launch(value = {"import", "--help"})
    void helpDescribesTheCommand(LaunchResult result) {
        assertThat(result.getOutput(), allOf(containsString("Usage: import"), containsString("PATH")));
    }
}
