package dev.lede.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.lede.taxonomy.Section;
import dev.lede.taxonomy.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The small shapes articles are made of in responses. */
public final class ArticleViews {
    private ArticleViews() {
    }

    @Schema(name = "SectionRef")
    public record SectionRef(@Schema(example = "news") String slug, @Schema(example = "News") String name) {
        static SectionRef of(Section s) {
            return new SectionRef(s.slug, s.name);
        }
    }

    @Schema(name = "TagRef")
    public record TagRef(@Schema(example = "north-korea") String slug, @Schema(example = "North Korea") String name) {
        static TagRef of(Tag t) {
            return new TagRef(t.slug, t.name);
        }
    }

    @Schema(name = "AuthorRef")
    public record AuthorRef(@Schema(example = "jane-doe") String slug, @Schema(example = "Jane Doe") String name) {
        static AuthorRef of(Author a) {
            return new AuthorRef(a.slug, a.name);
        }
    }

    @Schema(name = "ArticleLinks", description = "Where to find this article and what hangs off it")
    public record Links(@Schema(example = "/api/v1/articles/why-north-korea-is-sending-troops-to-russia") String self,
                        @Schema(example = "/api/v1/articles/why-north-korea-is-sending-troops-to-russia/quotes")
                                String quotes,
                        @Schema(example = "/api/v1/articles/why-north-korea-is-sending-troops-to-russia/navigation")
                                String navigation) {
        static Links of(Article a) {
            return of(a.slug);
        }

        public static Links of(String slug) {
            String self = "/api/v1/articles/" + slug;
            return new Links(self, self + "/quotes", self + "/navigation");
        }
    }

    @Schema(name = "BodyBlock",
            description = "A paragraph, a subheading or an image, in reading order: text blocks have `text`, "
            + "an image block its `picture`")
    public record BlockView(@Schema(enumeration = {"paragraph", "heading", "image"}, example = "paragraph") String type,
                            @Schema(nullable = true, description = "Null for an image",
                                    example = "North Korea is sending troops to military training areas in Russia, "
                                            + "U.S. Secretary of Defense Lloyd Austin confirmed this week.")
                                            String text,
                            @Schema(description = "The quotes that start in this paragraph, with their offsets in "
                                    + "`text` (empty for headings and images)") List<QuoteMark> quotes,
                            @Schema(nullable = true,
                                    description = "An image block's picture (its image with `srcset`, alt text, "
                                    + "caption and credit); null in text blocks")
                            Pictures.PictureView picture) {

        static BlockView text(Block b, List<QuoteMark> quotes) {
            return new BlockView(b.type(), b.text(), quotes, null);
        }

        static BlockView image(Pictures.PictureView p) {
            return new BlockView(Block.IMAGE, null, List.of(), p);
        }
    }

    /** Where a quote sits in a paragraph, so a front end can render it as a pull quote. */
    @Schema(name = "QuoteMark")
    public record QuoteMark(
            @Schema(nullable = true, description = "The quote's id: GET /api/v1/quotes/{id}; null in a dry-run import")
            UUID id,
            @JsonIgnore @Schema(hidden = true) int paragraph,
            @Schema(description = "Offset of the quoted text's first character in `text`, in UTF-16 code "
                    + "units (as JavaScript and Java index strings)", example = "1") int start,
            @Schema(description = "Offset just past its last character, in UTF-16 code units", example = "48")
            int end) {
    }

    /** The body as blocks, each paragraph with the quotes that start in it, each image with its renditions. */
    static List<BlockView> body(Article a, List<QuoteMark> marks, Pictures pictures) {
        List<BlockView> blocks = new ArrayList<>();
        int paragraph = 0;
        for (Block b : a.body) {
            if (Block.PARAGRAPH.equals(b.type())) {
                int index = paragraph++;
                blocks.add(BlockView.text(b, marks.stream().filter(m -> m.paragraph() == index).toList()));
            } else if (Block.IMAGE.equals(b.type())) {
                blocks.add(BlockView.image(pictures.view(b.picture())));
            } else {
                blocks.add(BlockView.text(b, List.of()));
            }
        }
        return blocks;
    }
}
