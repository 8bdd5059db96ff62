package dev.lede.imports;

import dev.lede.ingest.page.RawPage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Page files on disk: HTML (.html, .htm, .html.gz, .htm.gz) and visible text (.txt, UTF-8). */
final class PageFiles {
    private static final List<String> HTML = List.of(".html", ".htm", ".html.gz", ".htm.gz");

    private PageFiles() {
    }

    /** The files named, and the page files in the directories named, each directory's in name order. */
    static List<Path> list(List<Path> paths) throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(p -> Files.isRegularFile(p) && isPage(p)).sorted().forEach(pages::add);
                }
            } else {
                pages.add(path);
            }
        }
        return pages;
    }

    /** The file as a page; text that is not UTF-8 is a {@link java.nio.charset.CharacterCodingException}. */
    static RawPage read(Path page) throws IOException {
        String name = page.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                return RawPage.html(in.readAllBytes(), null);
            }
        }
        byte[] bytes = Files.readAllBytes(page);
        return isHtml(name) ? RawPage.html(bytes, null) : RawPage.text(PageBodies.utf8(bytes));
    }

    private static boolean isHtml(String name) {
        return HTML.stream().anyMatch(name::endsWith);
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || isHtml(name);
    }
}
