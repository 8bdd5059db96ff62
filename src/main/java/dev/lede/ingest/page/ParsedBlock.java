package dev.lede.ingest.page;

public record ParsedBlock(BlockType type, String text) {

    static ParsedBlock paragraph(String text) {
        return new ParsedBlock(BlockType.PARAGRAPH, text);
    }

    static ParsedBlock heading(String text) {
        return new ParsedBlock(BlockType.HEADING, text);
    }
}
