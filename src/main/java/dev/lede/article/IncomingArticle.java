package dev.lede.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "IncomingArticle", description = "An article as an editor writes it")
public record IncomingArticle(
        @NotBlank @Size(min = 1, max = 300) @Schema(example = "Council approves the new bridge") String headline,
        @Size(max = 2000) String standfirst,
        @Size(max = 4000) String whyWeWroteThis,
        @Size(max = 200) @Schema(description = "Where the story was reported from", example = "Seoul, South Korea") String dateline,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag such as en or pt-BR")
        @Size(max = 35) @Schema(description = "The article's language as a BCP 47 tag", example = "en") String lang,
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid IncomingBlock> body,
        @NotBlank @Size(max = 100) @Schema(description = "Section name (or slug); made if new", example = "News") String section,
        List<@NotBlank @Size(max = 100) String> tags,
        List<@NotBlank @Size(max = 200) String> authors,
        @Pattern(regexp = "draft|published", message = "must be draft or published")
        @Schema(description = "`draft` (default on create) or `published`; absent keeps the current status on update",
                enumeration = {"draft", "published"}) String status) {

    @Schema(name = "IncomingBlock")
    public record IncomingBlock(
            @NotNull @Pattern(regexp = "paragraph|heading", message = "must be paragraph or heading")
            @Schema(enumeration = {"paragraph", "heading"}) String type,
            @NotBlank @Size(max = 20000) String text) {
    }

    List<String> tagNames() {
        return tags == null ? List.of() : tags;
    }

    List<String> authorNames() {
        return authors == null ? List.of() : authors;
    }

    List<Block> blocks() {
        return body.stream().map(b -> new Block(b.type(), b.text().trim())).toList();
    }

    /** The article as an editor would send it back, the base a merge patch applies to. */
    static IncomingArticle of(Article a) {
        return new IncomingArticle(a.headline, a.standfirst, a.whyWeWroteThis, a.dateline, a.lang,
                a.body.stream().map(b -> new IncomingBlock(b.type(), b.text())).toList(), a.section.name,
                a.tags.stream().map(t -> t.name).toList(), a.authors.stream().map(au -> au.name).toList(), null);
    }
}
