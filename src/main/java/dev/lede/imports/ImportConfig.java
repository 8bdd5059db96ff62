package dev.lede.imports;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "lede.import")
public interface ImportConfig {
    /** The section of an imported page that names none. */
    String defaultSection();
}
