package dev.lede.article;

import dev.lede.taxonomy.Section;
import dev.lede.taxonomy.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
                        @Schema(example = "/api/v1/articles/why-north-korea-is-sending-troops-to-russia/quotes") String quotes,
                        @Schema(example = "/api/v1/articles/why-north-korea-is-sending-troops-to-russia/navigation") String navigation) {
        static Links of(Article a) {
            String self = "/api/v1/articles/" + a.slug;
            return new Links(self, self + "/quotes", self + "/navigation");
        }
    }

    @Schema(name = "BodyBlock", description = "A paragraph or a subheading, in reading order")
    public record BlockView(@Schema(enumeration = {"paragraph", "heading"}, example = "paragraph") String type,
                            @Schema(example = "North Korea is sending troops to military training areas in Russia, U.S. Secretary of Defense Lloyd Austin confirmed this week.") String text) {
        static BlockView of(Block b) {
            return new BlockView(b.type(), b.text());
        }
    }
}
