package dev.lede.ingest.page;

import java.util.List;

/**
 * Merges the overlapping copies of a story on a scraped page into one: every paragraph once, the fuller wording of
 * near-duplicates kept, and an order that agrees with every copy.
 */
final class CopyMerger {

    // alignment is quadratic; a body this long is not a scraped article page
    private static final int MAX_BLOCKS = 1000;

    List<ParsedBlock> merge(List<Piece> pieces, List<String> warnings) {
        if (pieces.size() > MAX_BLOCKS) {
            warnings.add("Did not look for repeated copies of the story: it has " + pieces.size() + " blocks");
            return pieces.stream().map(Piece::block).toList();
        }
        List<List<Piece>> copies = CopySplitter.split(pieces);
        Story story = new Story(warnings);
        copies.forEach(story::add);
        if (copies.size() > 1) {
            warnings.add("Merged " + copies.size() + " overlapping copies of the story");
        }
        return story.blocks();
    }
}
