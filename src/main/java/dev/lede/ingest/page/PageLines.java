package dev.lede.ingest.page;

import java.util.BitSet;
import java.util.List;

/**
 * The text lines of a page once furniture and metadata are taken out; metaBefore marks the lines that come right
 * after a byline or date line.
 */
record PageLines(List<String> lines, BitSet metaBefore) {
}
