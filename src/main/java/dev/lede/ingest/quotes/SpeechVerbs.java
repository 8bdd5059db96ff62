package dev.lede.ingest.quotes;

import java.util.Locale;
import java.util.Map;

/**
 * Verbs of communication from WordNet (resource quotes/speech-verbs.txt, written by tools/wordnet-lists.sh), in
 * any form: "criticized", "thanking", "told". A fragment in quotation marks after one of them is reported speech.
 */
final class SpeechVerbs {
    private static final Map<String, String> VERBS = WordList.load("/quotes/speech-verbs.txt");

    private SpeechVerbs() {
    }

    static boolean speech(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (VERBS.containsKey(w)) {
            return true;
        }
        for (String stem : stems(w)) {
            String lemma = VERBS.get(stem);
            if (lemma != null && lemma.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The verbs a regular form can come from: "praised" from praise, "slammed" from slam, "decries" from decry. */
    private static String[] stems(String w) {
        for (String ending : new String[] {"ing", "ed", "es", "s"}) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                String base = w.substring(0, w.length() - ending.length());
                String undoubled = base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                        ? base.substring(0, base.length() - 1) : base;
                String y = ending.equals("s") ? base : base.endsWith("i") ? base.substring(0, base.length() - 1) + "y"
                        : base;
                return new String[] {base, base + "e", undoubled, y};
            }
        }
        return new String[0];
    }
}
