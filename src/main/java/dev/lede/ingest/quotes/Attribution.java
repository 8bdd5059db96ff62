package dev.lede.ingest.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an article's sentences in order, learning who is who, and decides for each quoted span whether it
 * is a quote and who said it. Quotes are attributed in the sentence where they close, so a quote running
 * over paragraphs can take its cue from either end. One per article; not thread-safe.
 */
final class Attribution {

    private record Said(Cue cue, Source speaker, Sentences.Sentence sentence) {
    }

    /** A quote found, its speaker still growing as the article goes on ("Austin", later "Lloyd J. Austin III"). */
    private record Found(QuoteSpan span, boolean direct, Source speaker, String cue) {
        ExtractedQuote quote(List<String> paragraphs) {
            QuoteSpan.Part first = span.first();
            Source s = speaker;
            return new ExtractedQuote(span.text(paragraphs), !direct, first.paragraph(), first.start(), first.end(),
                    s == null ? null : s.name, s == null ? null : s.role, cue, s == null ? null : s.type, s == null
                            ? null : s.affiliation);
        }
    }

    private final List<String> paragraphs;
    private final List<Sentences.Sentence> sentences;
    private final List<QuoteSpan> quotes;
    private final SpeakerResolver speakers = new SpeakerResolver();
    private final Map<Sentences.Sentence, List<Said>> said = new IdentityHashMap<>();

    Attribution(List<String> paragraphs, List<Sentences.Sentence> sentences, List<QuoteSpan> quotes) {
        this.paragraphs = paragraphs;
        this.sentences = sentences;
        this.quotes = quotes;
    }

    List<ExtractedQuote> read() {
        Map<Sentences.Sentence, List<QuoteSpan>> closing = new IdentityHashMap<>();
        quotes.forEach(q -> closing.computeIfAbsent(at(q.last().paragraph(), q.last().end() - 1), s ->
                new ArrayList<>()).add(q));
        List<Found> found = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            speakers.at(s.paragraph());
            learn(s);
            for (QuoteSpan q : closing.getOrDefault(s, List.of())) {
                Found quote = attribute(q, at(q.first().paragraph(), q.first().start()), s);
                if (quote != null) {
                    found.add(quote);
                }
            }
        }
        speakers.giveFirstNames(paragraphs);
        return found.stream().map(f -> f.quote(paragraphs))
                .sorted(Comparator.comparingInt(ExtractedQuote::paragraph).thenComparingInt(ExtractedQuote::start))
                .toList();
    }

    /** Remembers the names and the subject of a sentence, and who its cue verbs attribute speech to. */
    private void learn(Sentences.Sentence s) {
        Mentions.names(s).forEach(m -> speakers.resolve(m, true));
        Mention subject = Mentions.subject(s);
        if (subject != null && subject.kind() != Mention.Kind.PRONOUN) {
            boolean worthKnowing = subject.person() || subject.group() && Titles.people(subject.head());
            Source who = speakers.resolve(subject, worthKnowing);
            if (who != null && (!who.group || Titles.people(who.head))) {
                speakers.mentioned(who, s.paragraph());
            }
        }
        List<Said> list = new ArrayList<>();
        Source previous = null;
        for (Cue c : CueVerbs.find(s)) {
            Source who = speakerOf(s, c, previous);
            if (who != null) {
                speakers.spoke(who, s.paragraph());
                previous = who;
            }
            list.add(new Said(c, who, s));
        }
        said.put(s, list);
    }

    /**
     * Who a cue attributes speech to: the mention before it ("Jo Lee, a nurse, said"), or after it ("said Jo
     * Lee", "according to police"); for a participle after a comma ("…, adding") or a mention that names no one,
     * the speaker of the cue before or the sentence's subject.
     */
    private Source speakerOf(Sentences.Sentence s, Cue c, Source previous) {
        Sentences.Token before = s.token(c.first() - 1);
        boolean afterComma = before != null && before.text().equals(",");
        Mention m = c.text().startsWith("according") ? Mentions.after(s, c.last() + 1)
                : "by".equals(lower(s, c.last() + 1)) ? Mentions.after(s, c.last() + 2)
                : c.participle() && afterComma ? null : Mentions.speakerBefore(s, c.first());
        boolean agent = m != null && (m.kind() != Mention.Kind.PHRASE || Phrases.type(m) != null);
        if (!agent && c.inverts() && (punctuationBefore(s, c) || afterComma)) {
            Mention after = Mentions.after(s, c.last() + 1);
            m = after != null ? after : m;
        }
        Source who = m == null ? null : speakers.resolve(m, true);
        return who != null ? who : previous != null ? previous : speakers.resolve(Mentions.subject(s), true);
    }

    /** The quote, or null for a fragment that nobody is said to have said. */
    private Found attribute(QuoteSpan q, Sentences.Sentence open, Sentences.Sentence close) {
        List<Said> near = new ArrayList<>(said.get(open));
        if (close != open) {
            near.addAll(said.get(close));
        }
        boolean direct = QuoteForm.direct(q, open, said.get(open).stream().map(Said::cue).filter(c -> !c.weak())
                .toList(), quotes);
        if (!direct && (near.isEmpty() || QuoteForm.unsaid(q, open))) {
            return null;
        }
        Said cue = nearest(direct ? near.stream().filter(d -> !d.cue().weak()).toList() : near, q, direct);
        boolean cued = cue != null && (cue.speaker() != null || !direct);
        Source who = cued ? cue.speaker() : uncued(q, open, close);
        speakers.spoke(who, close.paragraph());
        return new Found(q, direct, who, cued ? cue.cue().text() : null);
    }

    /**
     * The speaker of a quote with no cue of its own: "Her message was blunt: “…”" names them before the colon,
     * "“…?” Biden said." in the next sentence, "As Jo Lee wrote:" at the end of the paragraph before, and
     * "- Jo Lee, in a tweet" in the line after; otherwise the last speaker goes on.
     */
    private Source uncued(QuoteSpan q, Sentences.Sentence open, Sentences.Sentence close) {
        Mention signed = Neighbours.signature(sentences, q.last());
        if (signed != null) {
            return speakers.resolve(signed, true);
        }
        if (QuoteForm.afterColon(q, open, quotes)) {
            Mention named = Mentions.beforeColon(open, q.first().start());
            return speakers.resolve(named != null ? named : Mentions.subject(open), false);
        }
        Mention after = Neighbours.attributionAfter(sentences, close, q.last().paragraph(), paragraphs);
        if (after != null) {
            return speakers.resolve(after, true);
        }
        Sentences.Sentence colon = Neighbours.introducedBefore(sentences, open, q.first());
        if (colon != null) {
            List<Said> cues = said.getOrDefault(colon, List.of());
            Source who = cues.isEmpty() ? null : cues.get(cues.size() - 1).speaker();
            return who != null ? who : speakers.resolve(Mentions.subject(colon), false);
        }
        return speakers.continuing(q.first().paragraph());
    }

    /**
     * The cue closest to the quote, preferring one whose speaker is known. A fragment belongs to the
     * clause it sits in, so for a partial quote a cue before it wins ("told the crowd it was “rushed” and promised").
     */
    private static Said nearest(List<Said> near, QuoteSpan q, boolean direct) {
        boolean anyKnown = near.stream().anyMatch(d -> d.speaker() != null);
        List<Said> known = near.stream().filter(d -> !anyKnown || d.speaker() != null).toList();
        // "Carr said the convention represented the “perfect opportunity”": a verb of speech in the reported clause
        // gives way to the cue that reports it
        boolean anyStrong = known.stream().anyMatch(d -> !d.cue().weak());
        List<Said> candidates = known.stream().filter(d -> !anyStrong || !d.cue().weak()).toList();
        List<Said> before = candidates.stream().filter(d -> d.cue().end() <= q.first().start()).toList();
        return (direct || before.isEmpty() ? candidates : before).stream()
                .min(Comparator.comparingInt(d -> distance(d, q)))
                .orElse(null);
    }

    private static int distance(Said d, QuoteSpan q) {
        QuoteSpan.Part part = d.sentence().paragraph() == q.first().paragraph() ? q.first() : q.last();
        return d.cue().start() >= part.end() ? d.cue().start() - part.end() : Math.max(0, part.start() - d.cue().end());
    }

    /** "…,” said Jo": the cue follows a quote (or opens the sentence), not an appositive's comma. */
    private static boolean punctuationBefore(Sentences.Sentence s, Cue c) {
        Sentences.Token p = s.token(c.first() - 1);
        Sentences.Token pp = s.token(c.first() - 2);
        boolean afterQuote = p != null && (p.quoted() || p.text().equals("\""));
        boolean commaAfterQuote = p != null && p.text().equals(",") && pp != null
                && (pp.quoted() || pp.text().equals("\""));
        boolean opensWithQuote = s.token(0) != null && (s.token(0).quoted() || s.token(0).text().equals("\""));
        return p == null || afterQuote || commaAfterQuote || opensWithQuote && p.text().equals(",");
    }

    private static String lower(Sentences.Sentence s, int i) {
        Sentences.Token t = s.token(i);
        return t == null ? "" : t.lower();
    }

    /** The sentence holding a paragraph offset. */
    private Sentences.Sentence at(int paragraph, int offset) {
        Sentences.Sentence found = null;
        for (Sentences.Sentence s : sentences) {
            if (s.paragraph() == paragraph && (found == null || s.start() <= offset)) {
                found = s;
            }
        }
        return found;
    }
}
