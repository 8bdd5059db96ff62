package dev.lede.ingest.quotes.polnear;

import dev.lede.ingest.quotes.ExtractedQuote;
import dev.lede.ingest.quotes.QuoteExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores {@link QuoteExtractor} on a PolNeAR split (bench/quotes-quality.sh). A gold quote is an attribution
 * whose content overlaps a passage in double quotation marks; a found quote is right when its span overlaps
 * the content of one. For gold quotes found whose source is a named person (see {@link GoldSpeakers}), the
 * speaker is right when it is that person's fullest name (same first name and surname); wrong ones are
 * counted by {@link SpeakerError} kind. Usage: {@code QuotesQuality <split dir> [details file]}.
 */
public final class QuotesQuality {
    private final QuoteExtractor extractor = new QuoteExtractor();
    private final Map<SpeakerError, Integer> errors = new EnumMap<>(SpeakerError.class);
    private final List<String> details = new ArrayList<>();
    private int predicted;
    private int predictedRight;
    private int gold;
    private int goldFound;
    private final int[] people = new int[3];
    private final int[] peopleRight = new int[3];
    private long cpuNanos;

    public static void main(String[] args) throws IOException {
        Path split = Path.of(args[0]);
        List<Article> articles = Corpus.read(split);
        QuotesQuality q = new QuotesQuality();
        articles.forEach(q::score);
        q.report(split.getFileName() + " (" + articles.size() + " articles)", articles.size());
        if (args.length > 1) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
                q.details.forEach(out::println);
            }
        }
    }

    private void score(Article article) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        List<ExtractedQuote> quotes = extractor.extract(article.paragraphTexts());
        cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
        List<Span> passages = QuotedPassages.of(article);
        int bodyStart = article.paragraphs().isEmpty() ? article.text().length() : article.paragraphs().get(0).start();
        List<Article.Attribution> golds = article.attributions().stream()
                .filter(a -> a.content().get(0).start() >= bodyStart && Span.overlap(a.content(), passages) > 0).toList();
        ExtractedQuote[] best = new ExtractedQuote[golds.size()];
        int[] bestOverlap = new int[golds.size()];
        for (ExtractedQuote q : quotes) {
            Span span = span(article, q);
            int index = -1;
            int most = 0;
            for (int g = 0; g < golds.size(); g++) {
                int o = Span.overlap(List.of(span), golds.get(g).content());
                if (o > most) {
                    most = o;
                    index = g;
                }
            }
            predicted++;
            if (index < 0) {
                details.add(article.name() + "\tNOT A QUOTE\t" + q.text());
                continue;
            }
            predictedRight++;
            if (most > bestOverlap[index]) {
                bestOverlap[index] = most;
                best[index] = q;
            }
        }
        GoldSpeakers speakers = new GoldSpeakers(article);
        for (int g = 0; g < golds.size(); g++) {
            judge(article, golds.get(g), best[g], speakers);
        }
    }

    private void judge(Article article, Article.Attribution a, ExtractedQuote q, GoldSpeakers speakers) {
        gold++;
        if (q == null) {
            details.add(article.name() + "\tMISSED\t" + article.text(a.content()));
            return;
        }
        goldFound++;
        GoldSpeakers.Person gold = speakers.resolve(a);
        if (gold == null) {
            return;
        }
        int by = gold.how().ordinal();
        people[by]++;
        if (gold.how() == GoldSpeakers.How.UNCERTAIN) {
            return;
        }
        String person = gold.name();
        if (q.speaker() != null && (NameMatch.samePerson(q.speaker(), person) || fuller(q.speaker(), person, speakers))) {
            peopleRight[by]++;
            return;
        }
        List<String> mentions = speakers.mentions(a);
        SpeakerError kind = SpeakerError.of(q.speaker(), person, mentions, speakers);
        errors.merge(kind, 1, Integer::sum);
        details.add(article.name() + "\t" + kind + "\tgot " + q.speaker() + "\twant " + person + "\t" + gold.how() + "\tsource@" + a.source().get(0).start() + " " + mentions.get(0)
                + "\t" + (q.partial() ? "P" : "D") + "\t" + shorten(q.text()));
    }

    /** "Debbie Wasserman Schultz" for "Wasserman Schultz": more of the name, where the article names someone so. */
    private static boolean fuller(String predicted, String gold, GoldSpeakers speakers) {
        List<String> p = NameMatch.words(predicted);
        List<String> g = NameMatch.words(gold);
        return p.size() > g.size() && p.subList(p.size() - g.size(), p.size()).equals(g)
                && speakers.entities("PERSON").contains(NameMatch.key(predicted));
    }

    private static Span span(Article article, ExtractedQuote q) {
        int start = article.paragraphs().get(q.paragraph()).start();
        return new Span(start + q.start(), start + q.end());
    }

    private void report(String what, int articles) {
        double p = predictedRight / (double) predicted;
        double r = goldFound / (double) gold;
        System.out.printf("PolNeAR %s%n", what);
        System.out.printf("  quotes: precision %.3f (%d of %d found), recall %.3f (%d of %d gold), F1 %.3f%n",
                p, predictedRight, predicted, r, goldFound, gold, 2 * p * r / (p + r));
        int right = peopleRight[0] + peopleRight[1];
        int all = people[0] + people[1];
        System.out.printf("  person speakers: accuracy %.3f (%d of %d gold quotes found whose source is a named person); "
                        + "%.3f of %d where the source names them, %.3f of %d where it refers to them; %d more where the reference is uncertain%n",
                right / (double) all, right, all, peopleRight[0] / (double) people[0], people[0], peopleRight[1] / (double) people[1], people[1],
                people[2]);
        System.out.print("  wrong person speakers by kind:");
        for (SpeakerError kind : SpeakerError.values()) {
            System.out.printf(" %s %d;", kind.label, errors.getOrDefault(kind, 0));
        }
        System.out.printf("%n  extraction: %.1f ms CPU per article (mean, cold JIT included)%n", cpuNanos / 1e6 / articles);
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
