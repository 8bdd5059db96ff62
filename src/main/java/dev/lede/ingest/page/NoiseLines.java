package dev.lede.ingest.page;

import java.util.List;

/** Lines that are not text: each is reported, and a page made mostly of them is binary data, not an article. */
final class NoiseLines {

    private static final int MIN_NOISE_LINES = 2;

    private NoiseLines() {
    }

    static void drop(List<String> noise, List<String> text, List<String> warnings) {
        if (noise.size() >= MIN_NOISE_LINES && noise.size() >= text.size()) {
            // short runs of random bytes can pass for words; a page that is mostly noise is binary data
            warnings.add("Dropped the whole page as binary data: " + noise.size() + " of its "
                    + (noise.size() + text.size()) + " lines are not text");
            text.clear();
        } else {
            noise.forEach(line -> warnings.add(Warnings.noise(line)));
        }
    }
}
