package dev.lede.imports;

import dev.lede.ingest.page.ParsedPage;
import dev.lede.ingest.quotes.ExtractedQuote;

import java.util.List;

/** A page ready to store: read, identified by the hash of what makes it the same page, its quotes found. */
record PreparedPage(ParsedPage page, ImportOptions options, String hash, List<ExtractedQuote> quotes) {
}
