package dev.lede.ingest;

import java.util.BitSet;
import java.util.List;

/** The text lines of a page once furniture and metadata are taken out; metaBefore marks lines right after a byline or date. */
record PageLines(List<String> lines, BitSet metaBefore) {
}
