package dev.lede.image;

import dev.lede.site.Site;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The URLs of an image's renditions, absolute (lede.api-url) so a front end can put them in
 * {@code <img srcset>} as they are. Each carries the image's pixel version ({@code v}), so it names one
 * picture forever: a new focal point gives new URLs.
 */
@ApplicationScoped
public class ImageLinks {
    private final Site site;
    private final RenditionRules rules;

    public ImageLinks(Site site, RenditionRules rules) {
        this.site = site;
        this.rules = rules;
    }

    public String self(Image image) {
        return "/api/v1/images/" + image.id;
    }

    /** The rendition URL without w: add w, h, fit, fmt and q as needed. */
    public String render(Image image) {
        return site.api(self(image) + "/render?v=" + image.pixelVersion());
    }

    /** One URL per srcset width, each with the width the rendition really has (never more than the original's). */
    public List<ImageViews.Rendition> renditions(Image image) {
        if (!image.hasBytes()) {
            return List.of();
        }
        return rules.srcsetWidths(image.width).stream()
                .map(w -> new ImageViews.Rendition(Math.min(w, image.width),
                        site.api(self(image) + "/render?w=" + w + "&v=" + image.pixelVersion())))
                .toList();
    }

    static String srcset(List<ImageViews.Rendition> renditions) {
        return renditions.isEmpty() ? null
                : renditions.stream().map(r -> r.url() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    static String src(List<ImageViews.Rendition> renditions) {
        return renditions.isEmpty() ? null : renditions.get(renditions.size() - 1).url();
    }
}
