package dev.lede.ingest.quotes.polnear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who the gold source of an attribution is, as the article's fullest name for that person. When the head of the
 * source is a name CoreNLP tagged PERSON, that name. Otherwise (a pronoun, "the senator") two independent guesses
 * must agree: the nearest name before the source in CoreNLP's coreference chain, and the source of the nearest
 * attribution before it whose source is a name; where they differ the speaker is uncertain and not scored.
 * The name found is then widened to the fullest name in the article with the same surname and first name;
 * a surname alone goes to the full name the source's chain holds, or else to the most frequent one.
 */
final class GoldSpeakers {
    private final Article article;
    private final List<List<Integer>> people = new ArrayList<>();
    private final Map<String, Integer> frequency = new HashMap<>();

    GoldSpeakers(Article article) {
        this.article = article;
        if (article.nlp() != null) {
            people.addAll(runs(article.nlp().tokens().size(), "PERSON"));
            people.forEach(r -> frequency.merge(NameMatch.key(text(r)), 1, Integer::sum));
        }
    }

    /** How the source gives its person: by name, by reference ("he", "the senator"), or uncertainly (not scored). */
    enum How { NAMED, REFERRED, UNCERTAIN }

    /** A gold speaker: a person's fullest name (null when uncertain), and how the source gives them. */
    record Person(String name, How how) {
    }

    /** The gold speaker, or null when the source is no named person. */
    Person resolve(Article.Attribution a) {
        Person p = byChain(a);
        if (p == null || p.how() != How.REFERRED) {
            return p;
        }
        Person previous = article.attributions().stream()
                .filter(b -> b.source().isEmpty() ? false : b.source().get(0).start() < a.source().get(0).start())
                .map(this::byChain).filter(b -> b != null && b.how() == How.NAMED)
                .reduce((x, y) -> y).orElse(null);
        boolean agree = previous != null && NameMatch.samePerson(p.name(), previous.name());
        return agree ? p : new Person(null, How.UNCERTAIN);
    }

    private Person byChain(Article.Attribution a) {
        int head = head(a);
        if (head < 0) {
            return null;
        }
        List<List<Integer>> chainNames = chainOf(head).stream()
                .flatMap(m -> people.stream().filter(r -> r.get(0) >= m.first() && r.get(r.size() - 1) <= m.last()))
                .toList();
        List<Integer> named = people.stream().filter(r -> r.contains(head)).findFirst().orElse(null);
        List<Integer> base = named != null ? named : antecedent(chainNames, head);
        if (base == null) {
            return null;
        }
        String name = fullest(text(base), base.get(0));
        return name == null ? new Person(null, How.UNCERTAIN) : new Person(name, named != null ? How.NAMED : How.REFERRED);
    }

    /**
     * The head of the source phrase: its last noun or pronoun before a comma, bracket, preposition or relative
     * pronoun, so that "Cruz's lawyers" and "a spokesman for Platte River" are not Cruz or Platte River. -1 for none.
     */
    private int head(Article.Attribution a) {
        if (article.nlp() == null || a.source().isEmpty()) {
            return -1;
        }
        int head = -1;
        for (int i : article.nlp().tokensIn(a.source())) {
            String pos = article.nlp().tokens().get(i).pos();
            if (head >= 0 && (pos.equals("IN") || pos.equals(",") || pos.startsWith("W") || pos.equals("-LRB-") || pos.equals(":"))) {
                break;
            }
            if (pos.startsWith("NN") || pos.equals("PRP")) {
                head = i;
            }
        }
        return head;
    }

    /** The texts of the mentions coreferent with the source, the source included. */
    List<String> mentions(Article.Attribution a) {
        if (article.nlp() == null) {
            return List.of(article.text(a.source()));
        }
        List<String> texts = new ArrayList<>(List.of(article.text(a.source())));
        chainOf(head(a)).forEach(m -> texts.add(span(m.first(), m.last())));
        return texts;
    }

    /** Texts that CoreNLP tagged with this entity type anywhere in the article. */
    Set<String> entities(String type) {
        if (article.nlp() == null) {
            return Set.of();
        }
        return runs(article.nlp().tokens().size(), type).stream().map(r -> NameMatch.key(text(r))).collect(Collectors.toSet());
    }

    /**
     * The fullest name in the article for the person called {@code name} at token {@code position}. A surname
     * alone that several people in the article share is taken as the one named in full nearest before it when
     * that is also the one named most often; when these differ the person is uncertain (null).
     */
    private String fullest(String name, int position) {
        List<String> words = NameMatch.words(name);
        String first = words.size() > 1 ? words.get(0) : null;
        String last = words.get(words.size() - 1);
        List<List<Integer>> same = people.stream().filter(r -> {
            List<String> w = NameMatch.words(text(r));
            boolean bySurname = w.get(w.size() - 1).equals(last) && (first == null || NameMatch.sameGiven(w.get(0), first));
            return bySurname || first == null && w.size() > 1 && w.get(0).equals(last);
        }).toList();
        List<List<Integer>> full = same.stream().filter(r -> NameMatch.words(text(r)).size() > 1).toList();
        String given = first;
        if (given == null && !full.isEmpty()) {
            Map<String, Integer> counts = new HashMap<>();
            full.forEach(r -> counts.merge(givenKey(r), 1, Integer::sum));
            String frequent = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String nearest = full.stream().filter(r -> r.get(0) < position).reduce((a, b) -> b).map(this::givenKey).orElse(frequent);
            if (counts.size() > 1 && !nearest.equals(frequent)) {
                return null;
            }
            given = frequent;
        }
        String g = given;
        return same.stream().filter(r -> g == null || NameMatch.sameGiven(NameMatch.words(text(r)).get(0), g)).map(this::text)
                .max(Comparator.<String>comparingInt(c -> NameMatch.words(c).size()).thenComparingInt(c -> frequency.getOrDefault(NameMatch.key(c), 0)))
                .orElse(name);
    }

    private String givenKey(List<Integer> run) {
        String w = NameMatch.words(text(run)).get(0);
        return w.substring(0, Math.min(3, w.length()));
    }

    private List<CoreNlp.Mention> chainOf(int head) {
        for (List<CoreNlp.Mention> chain : article.nlp().chains()) {
            if (chain.stream().anyMatch(m -> m.head() == head)) {
                return chain;
            }
        }
        return List.of();
    }

    private List<List<Integer>> runs(int size, String type) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= size; i++) {
            if (i < size && type.equals(article.nlp().tokens().get(i).ner())) {
                run.add(i);
            } else if (!run.isEmpty()) {
                runs.add(List.copyOf(run));
                run.clear();
            }
        }
        return runs;
    }

    /** The name nearest before the source in its chain (a pronoun's antecedent), or else the nearest after it. */
    private static List<Integer> antecedent(List<List<Integer>> names, int source) {
        return names.stream().min(Comparator.comparingInt(r -> r.get(0) < source ? source - r.get(0) : 1_000_000 + r.get(0)))
                .orElse(null);
    }

    private static List<Integer> longest(List<List<Integer>> runs) {
        return runs.stream().max(Comparator.comparingInt(List::size)).orElse(null);
    }

    private String text(List<Integer> run) {
        return span(run.get(0), run.get(run.size() - 1));
    }

    private String span(int first, int last) {
        List<CoreNlp.Token> t = article.nlp().tokens();
        return article.text().substring(t.get(first).start(), t.get(last).end());
    }
}
