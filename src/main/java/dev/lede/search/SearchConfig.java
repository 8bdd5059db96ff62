package dev.lede.search;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "lede.search")
public interface SearchConfig {
    /** Matches of each type that are ranked and counted (see {@link SearchRepository}). */
    int candidates();
}
