package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language of an article's text, for pages that do not declare it: the script of its letters (Hangul is
 * Korean, kana Japanese, Greek Greek …), then, for scripts many languages share, which language's most common
 * words it uses most. Reads the first paragraphs only; null when the text is too short or no language stands out.
 * (OpenNLP's trained detector knows more languages but took about 10 ms a page here, twenty times the whole
 * budget of parsing a text page.)
 */
final class Languages {

    private static final int SAMPLE = 1_500;
    private static final int MIN_LETTERS = 20;
    private static final int MIN_HITS = 3;
    private static final Map<Character.UnicodeScript, String> SCRIPTS = Map.ofEntries(
            Map.entry(Character.UnicodeScript.HANGUL, "ko"), Map.entry(Character.UnicodeScript.HIRAGANA, "ja"),
            Map.entry(Character.UnicodeScript.KATAKANA, "ja"), Map.entry(Character.UnicodeScript.HAN, "zh"),
            Map.entry(Character.UnicodeScript.GREEK, "el"), Map.entry(Character.UnicodeScript.HEBREW, "he"),
            Map.entry(Character.UnicodeScript.THAI, "th"), Map.entry(Character.UnicodeScript.DEVANAGARI, "hi"),
            Map.entry(Character.UnicodeScript.BENGALI, "bn"), Map.entry(Character.UnicodeScript.TAMIL, "ta"),
            Map.entry(Character.UnicodeScript.GEORGIAN, "ka"), Map.entry(Character.UnicodeScript.ARMENIAN, "hy"));
    private static final Map<String, Set<String>> COMMON_WORDS = Map.ofEntries(
            Map.entry("en", Set.of("the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "he",
                    "she", "on")),
            Map.entry("de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein",
                    "eine", "auch")),
            Map.entry("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "pas",
                    "sur", "au")),
            Map.entry("es", Set.of("el", "la", "los", "las", "y", "que", "es", "por", "con", "una", "del", "para", "se",
                    "su")),
            Map.entry("it", Set.of("il", "di", "che", "la", "per", "non", "una", "sono", "della", "gli", "nel", "con",
                    "è", "alla")),
            Map.entry("pt", Set.of("o", "os", "que", "não", "uma", "com", "para", "do", "da", "dos", "em", "é", "mais",
                    "ao")),
            Map.entry("nl", Set.of("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "voor", "met", "zijn",
                    "ook")),
            Map.entry("sv", Set.of("och", "att", "det", "som", "är", "på", "för", "med", "inte", "av", "till", "den",
                    "har")),
            Map.entry("pl", Set.of("i", "w", "nie", "na", "się", "że", "jest", "do", "to", "z", "jak", "od", "przez")),
            Map.entry("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan",
                    "pada", "ke")),
            Map.entry("tr", Set.of("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "çok", "daha", "gibi",
                    "ama")),
            Map.entry("ru", Set.of("и", "в", "не", "на", "что", "с", "он", "как", "это", "по", "но", "из", "его",
                    "она")),
            Map.entry("uk", Set.of("і", "в", "не", "на", "що", "з", "як", "це", "та", "до", "але", "його", "від")),
            Map.entry("bg", Set.of("и", "в", "не", "на", "че", "се", "за", "от", "е", "да", "са", "като", "това")),
            Map.entry("ar", Set.of("في", "من", "على", "أن", "إلى", "التي", "عن", "مع", "هذا", "الذي")),
            Map.entry("fa", Set.of("و", "در", "به", "از", "که", "این", "را", "با", "است", "برای")));

    // each common word with the languages it belongs to, so a word is looked up once rather than per language
    private static final Map<String, List<String>> LANGUAGES_OF_WORD = byWord(COMMON_WORDS);
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Character.UnicodeScript[] ALL_SCRIPTS = Character.UnicodeScript.values();

    private Languages() {
    }

    static String detect(List<String> paragraphs) {
        String sample = sample(paragraphs);
        int[] scripts = scripts(sample);
        int letters = 0;
        Character.UnicodeScript main = null;
        for (Character.UnicodeScript script : ALL_SCRIPTS) {
            letters += scripts[script.ordinal()];
            main = main == null || scripts[script.ordinal()] > scripts[main.ordinal()] ? script : main;
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        if (main == Character.UnicodeScript.HAN && (scripts[Character.UnicodeScript.HIRAGANA.ordinal()] > 0
                || scripts[Character.UnicodeScript.KATAKANA.ordinal()] > 0)) {
            return "ja";
        }
        return SCRIPTS.containsKey(main) ? SCRIPTS.get(main) : byCommonWords(sample);
    }

    /** How many letters of each script the sample holds, by the script's ordinal. */
    private static int[] scripts(String sample) {
        int[] counts = new int[ALL_SCRIPTS.length];
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            if (Character.isLetter(c)) {
                // ASCII letters are Latin, which spares most letters the script table's search
                counts[(c < 128 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(c)).ordinal()]++;
            }
            i += Character.charCount(c);
        }
        return counts;
    }

    private static String sample(List<String> paragraphs) {
        StringBuilder sample = new StringBuilder();
        for (String p : paragraphs) {
            if (sample.length() >= SAMPLE) {
                break;
            }
            sample.append(p).append('\n');
        }
        return sample.toString();
    }

    private static String byCommonWords(String sample) {
        Map<String, Integer> hits = new HashMap<>();
        for (String word : NON_LETTERS.split(sample.toLowerCase(Locale.ROOT))) {
            for (String lang : LANGUAGES_OF_WORD.getOrDefault(word, List.of())) {
                hits.merge(lang, 1, Integer::sum);
            }
        }
        return hits.entrySet().stream().filter(e -> e.getValue() >= MIN_HITS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Map<String, List<String>> byWord(Map<String, Set<String>> wordsOfLanguage) {
        Map<String, List<String>> languages = new HashMap<>();
        wordsOfLanguage.forEach((lang, words) -> words.forEach(
                word -> languages.computeIfAbsent(word, w -> new ArrayList<>()).add(lang)));
        return languages;
    }

    /** "en-US", "pt_BR", "EN" as BCP 47 ("en-US", "pt-BR", "en"); null for nothing usable. */
    static String normalize(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return null;
        }
        return locale.getCountry().isEmpty() ? language : language + "-" + locale.getCountry();
    }
}
