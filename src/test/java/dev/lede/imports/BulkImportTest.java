package dev.lede.imports;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class BulkImportTest {
    private static final int PAGES = 30;
    private static final Pattern SUMMARY = Pattern.compile("imported: (\\d+), unchanged: (\\d+), failed: (\\d+)");

    @Inject
    ImportService imports;

    @Test
    void twoImportsOfTheSameFilesAtOnceStoreEveryPageOnce() throws Exception {
        String run = word();
        String speaker = "Oda " + Character.toUpperCase(run.charAt(0)) + run.substring(1);
        List<Path> files = PageFiles.list(List.of(pages(run, speaker)));
        ExecutorService two = Executors.newFixedThreadPool(2);
        Future<int[]> first = two.submit(() -> bulkImport(files));
        Future<int[]> second = two.submit(() -> bulkImport(files));
        int[] a = first.get();
        int[] b = second.get();
        two.shutdown();

        assertThat(a[0] + b[0], is(PAGES));
        assertThat(a[0] + a[1], is(PAGES));
        assertThat(b[0] + b[1], is(PAGES));
        assertThat(a[2] + b[2], is(0));
        given().queryParam("q", run).queryParam("limit", 100).get("/api/v1/articles").then().statusCode(200)
                .body("data", hasSize(PAGES), "data.headline.unique()", hasSize(PAGES));
        given().get("/api/v1/speakers/{slug}", "oda-" + run).then().statusCode(200)
                .body("name", is(speaker), "quoteCount", is(PAGES));
    }

    @Test
    void aSecondImportFindsEveryPageStoredAndTheOnesItCannotReadNamed() throws Exception {
        String run = word();
        Path dir = pages(run, "Ilse " + run.toUpperCase().charAt(0) + run.substring(1));
        Files.writeString(dir.resolve("furniture.txt"), "Advertisement\n\nPrevious ArticleNext Article\n");
        List<Path> files = PageFiles.list(List.of(dir));

        assertThat(bulkImport(files), is(new int[]{PAGES, 0, 1}));
        assertThat(bulkImport(files), is(new int[]{0, PAGES, 1}));
        given().queryParam("q", run).queryParam("limit", 100).get("/api/v1/articles").then().statusCode(200)
                .body("data", hasSize(PAGES));
    }

    /** Imports the files, a few pages to a transaction, and reads back its summary: imported, unchanged, failed. */
    private int[] bulkImport(List<Path> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(files.size(), new PrintStream(out, true, StandardCharsets.UTF_8), false);
        new BulkImport(imports, 2, 4).run(files, progress);
        progress.summary();
        Matcher m = SUMMARY.matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(m.find(), is(true));
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    /** Pages of their own, each quoting the same new speaker. */
    private static Path pages(String run, String speaker) throws IOException {
        Path dir = Files.createTempDirectory("bulk");
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(dir.resolve("page-" + i + ".txt"), "Science\n\nStory " + i + " of the " + run + " survey reaches the coast\n\n"
                    + "The " + run + " survey counted " + (i + 3) + " seal colonies along the northern coast this summer.\n\n"
                    + "“The colonies are growing again,” said " + speaker + ", a marine biologist who led the count.\n");
        }
        return dir;
    }

    /** A word of random letters, as no other test writes. */
    private static String word() {
        Random random = new Random();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }
}
