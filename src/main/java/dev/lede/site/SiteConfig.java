package dev.lede.site;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's settings (see {@link Site}). A class, not a {@code @ConfigMapping} interface like the other features'
 * settings: its keys sit right under {@code lede.} beside other features' groups, and a mapping of the prefix
 * {@code lede} would have to map every {@code lede.*} key, or fail the start on the ones it does not know.
 */
@Singleton
public class SiteConfig {
    final String publicUrl;
    final String apiUrl;
    final String articlePath;
    final String sectionPath;
    final String tagPath;
    final String authorPath;
    final String name;
    final String language;

    SiteConfig(@ConfigProperty(name = "lede.public-url") String publicUrl,
               @ConfigProperty(name = "lede.api-url") String apiUrl,
               @ConfigProperty(name = "lede.paths.article") String articlePath,
               @ConfigProperty(name = "lede.paths.section") String sectionPath,
               @ConfigProperty(name = "lede.paths.tag") String tagPath,
               @ConfigProperty(name = "lede.paths.author") String authorPath,
               @ConfigProperty(name = "lede.site.name") String name,
               @ConfigProperty(name = "lede.site.language") String language) {
        this.publicUrl = publicUrl;
        this.apiUrl = apiUrl;
        this.articlePath = articlePath;
        this.sectionPath = sectionPath;
        this.tagPath = tagPath;
        this.authorPath = authorPath;
        this.name = name;
        this.language = language;
    }
}
