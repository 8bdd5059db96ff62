package dev.lede.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * An image as an article uses it, stored in the article row (an image block, the lead image): the image (null
 * when a page gave only a caption and credit), the address a page gave for it, and this use's alt text, caption
 * and credit, each null where the image's own apply.
 */
@Schema(hidden = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Picture(UUID image, String sourceUrl, String alt, String caption, String credit) {
}
