package dev.lede.article;

import dev.lede.problem.ApiException;
import dev.lede.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "IncomingArticle", description = "An article as an editor writes it")
public record IncomingArticle(
        @NotBlank @Size(min = 1, max = 300) @Schema(example = "Council approves the new bridge") String headline,
        @Size(max = 2000) String standfirst,
        @Size(max = 4000) String whyWeWroteThis,
        @Size(max = 200) @Schema(description = "Where the story was reported from", example = "Seoul, South Korea")
                String dateline,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*",
                message = "must be a BCP 47 language tag such as en or pt-BR")
        @Size(max = 35) @Schema(description = "The article's language as a BCP 47 tag", example = "en") String lang,
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid IncomingBlock> body,
        @NotBlank @Size(max = 100) @Schema(description = "Section name (or slug); made if new", example = "News")
                String section,
        List<@NotBlank @Size(max = 100) String> tags,
        List<@NotBlank @Size(max = 200) String> authors,
        @Pattern(regexp = "draft|published", message = "must be draft or published")
        @Schema(description = "`draft` (default on create) or `published`; absent keeps the current status on update",
                enumeration = {"draft", "published"}) String status,
        @Valid @Schema(nullable = true, description = "The image at the top of the article; absent or null for none")
                IncomingPicture leadImage) {

    private static final String PICTURE = "An uploaded image (`image`, its id), or only the address a page gave "
            + "(`sourceUrl`), "
            + "or only a caption; alt, caption and credit are this use's, absent to show the image's own";

    @Schema(name = "IncomingBlock",
            description = "A paragraph or heading with its `text`, or an image with its `picture`")
    public record IncomingBlock(
            @NotNull @Pattern(regexp = "paragraph|heading|image", message = "must be paragraph, heading or image")
            @Schema(enumeration = {"paragraph", "heading", "image"}) String type,
            @Size(max = 20000)
                    @Schema(nullable = true,
                    description = "The text of a paragraph or heading; not given for an image") String text,
            @Valid @Schema(nullable = true, description = "An image block's picture; not given for text")
                    IncomingPicture picture) {

        public IncomingBlock(String type, String text) {
            this(type, text, null);
        }

        Block block() {
            if (Block.IMAGE.equals(type)) {
                if (picture == null) {
                    throw invalid("picture", "an image block needs its picture");
                }
                return Block.image(picture.picture());
            }
            if (text == null || text.isBlank()) {
                throw invalid("text", "must not be blank in a " + type);
            }
            return new Block(type, text.trim());
        }
    }

    @Schema(name = "IncomingPicture", description = PICTURE)
    public record IncomingPicture(
            @Schema(nullable = true, description = "The id of an uploaded image") UUID image,
            @Size(max = 2000) @Schema(nullable = true, description = "The address a page gave for it") String sourceUrl,
            @Size(max = 1000) @Schema(nullable = true, description = "Alt text for this use; absent: the image's own")
                    String alt,
            @Size(max = 4000) @Schema(nullable = true, description = "Caption for this use; absent: the image's own")
                    String caption,
            @Size(max = 500) @Schema(nullable = true, description = "Credit for this use; absent: the image's own")
                    String credit) {

        Picture picture() {
            if (image == null && blank(sourceUrl) && blank(caption)) {
                throw invalid("image", "an image needs an uploaded image's id, a sourceUrl or at least a caption");
            }
            return new Picture(image, trimmed(sourceUrl), trimmed(alt), trimmed(caption), trimmed(credit));
        }

        static IncomingPicture of(Picture p) {
            return p == null ? null : new IncomingPicture(p.image(), p.sourceUrl(), p.alt(), p.caption(), p.credit());
        }
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(400, "The request is not valid: " + field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }

    List<String> tagNames() {
        return tags == null ? List.of() : tags;
    }

    List<String> authorNames() {
        return authors == null ? List.of() : authors;
    }

    List<Block> blocks() {
        return body.stream().map(IncomingBlock::block).toList();
    }

    Picture lead() {
        return leadImage == null ? null : leadImage.picture();
    }

    /** The article as an editor would send it back, the base a merge patch applies to. */
    static IncomingArticle of(Article a) {
        return new IncomingArticle(a.headline, a.standfirst, a.whyWeWroteThis, a.dateline, a.lang,
                a.body.stream().map(IncomingArticle::incoming).toList(), a.section.name,
                a.tags.stream().map(t -> t.name).toList(), a.authors.stream().map(au -> au.name).toList(), null,
                IncomingPicture.of(a.leadImage));
    }

    private static IncomingBlock incoming(Block b) {
        return new IncomingBlock(b.type(), b.text(), IncomingPicture.of(b.picture()));
    }
}
