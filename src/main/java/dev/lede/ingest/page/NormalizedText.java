package dev.lede.ingest.page;

import java.util.List;

public record NormalizedText(String text, List<String> warnings) {

    public NormalizedText {
        text = text == null ? "" : text;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
