package dev.lede.ingest.page;

/** A body block with its words, as the copy merger compares it. */
record Piece(ParsedBlock block, Words words) {

    static Piece of(ParsedBlock block) {
        return new Piece(block, Words.of(block.text()));
    }

    /** Two wordings of one paragraph, or the same subhead. */
    boolean sameAs(Piece other) {
        if (block.type() != other.block.type()) {
            return false;
        }
        return block.type() == BlockType.HEADING ? words.sameAs(other.words) : words.nearDuplicate(other.words);
    }

    /** How alike two matching pieces are, for the alignment to prefer the closest pairs; 0 when they differ. */
    double similarity(Piece other) {
        return sameAs(other) ? 1 + words.overlap(other.words) : 0;
    }

    /** The wording with more words (then more characters); this one on a tie. */
    Piece fuller(Piece other) {
        int byWords = Integer.compare(other.words.size(), words.size());
        if (byWords != 0) {
            return byWords > 0 ? other : this;
        }
        return other.block.text().length() > block.text().length() ? other : this;
    }

    String preview() {
        return Warnings.preview(block.text());
    }
}
