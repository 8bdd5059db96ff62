package dev.lede.ingest.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article's text, for pages that do not declare it: OpenNLP's trained detector (103 languages,
 * from the opennlp-models-langdetect jar), read once, on the first paragraphs. Its ISO 639-3 codes become the
 * two-letter codes of BCP 47 where one exists ("eng" → "en"). Null when the text is too short to tell.
 */
final class Languages {

    private static final String MODEL = "/langdetect-183.bin";
    private static final int SAMPLE = 1_000;
    private static final int TOO_SHORT = 40;
    private static final double SURE = 0.5;
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private Languages() {
    }

    static String detect(List<String> paragraphs) {
        StringBuilder sample = new StringBuilder();
        for (String p : paragraphs) {
            if (sample.length() >= SAMPLE) {
                break;
            }
            sample.append(p).append('\n');
        }
        if (sample.length() < TOO_SHORT) {
            return null;
        }
        Language best = new LanguageDetectorME(Holder.MODEL).predictLanguage(sample);
        if (best == null || best.getConfidence() < SURE) {
            return null;
        }
        return TWO_LETTER.getOrDefault(best.getLang(), best.getLang());
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

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
        }
        // the detector's codes for individual languages of a macrolanguage
        codes.putAll(Map.of("cmn", "zh", "zsm", "ms", "pes", "fa", "arb", "ar", "swh", "sw", "ekk", "et", "lvs", "lv",
                "nob", "nb", "uzn", "uz", "khk", "mn"));
        return codes;
    }

    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = Languages.class.getResourceAsStream(Languages.MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("Language detector model not on the classpath: " + Languages.MODEL);
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the language detector model", e);
            }
        }
    }
}
