package dev.lede.ingest.quotes.polnear;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Comparing names: case, accents, stops, possessives and suffixes such as "Jr." or "III" do not count. */
final class NameMatch {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Titles that CoreNLP sometimes takes into a PERSON name. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "miss", "sen", "senator", "rep", "gov", "governor",
            "president", "gen", "general", "judge", "secretary", "rev", "assemblyman", "assemblywoman", "congressman", "congresswoman",
            "mayor", "chairman", "speaker", "sheriff", "minister", "attorney", "prof", "professor", "ambassador", "chief", "justice",
            "lt", "col", "sgt", "capt", "father", "pastor", "reverend", "sir", "dame", "lord", "lady", "queen", "king", "prince");

    private NameMatch() {
    }

    static List<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "").replaceAll("[.,\"“”]", "");
        List<String> words = Arrays.stream(plain.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        int from = 0;
        while (words.size() - from > 1 && TITLES.contains(words.get(from))) {
            from++;
        }
        int to = words.size();
        while (to - from > 1 && SUFFIXES.contains(words.get(to - 1))) {
            to--;
        }
        return words.isEmpty() ? List.of("") : words.subList(from, to);
    }

    static String key(String name) {
        return String.join(" ", words(name)).replaceFirst("^(the|a|an) ", "");
    }

    /**
     * The same person: the same surname and, where the gold name has a first name, a first name that is one of its
     * given names ("Dane Waters" is "M. Dane Waters"; "Waters" alone is not).
     */
    static boolean samePerson(String predicted, String gold) {
        List<String> p = words(predicted);
        List<String> g = words(gold);
        boolean sameLast = p.get(p.size() - 1).equals(g.get(g.size() - 1));
        return sameLast && (g.size() == 1 || p.size() > 1 && g.subList(0, g.size() - 1).stream().anyMatch(x -> sameGiven(x, p.get(0))));
    }

    /** Given names alike: equal, or one a short form of the other ("Ken" and "Kenneth", "Sandy" and "Sandra"). */
    static boolean sameGiven(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return a.equals(b) || common >= 3;
    }
}
