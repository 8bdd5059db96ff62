package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric for one page: tokens are {@code \w+} runs (as Python's Unicode
 * {@code re} reads {@code \w}: letters, digits, underscore), each text a multiset of 4-token shingles, and
 * tp/fp/fn the shingles in both, only in the prediction, only in the truth, normalised by their sum.
 */
record ShingleScore(double tp, double fp, double fn) {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;

    static ShingleScore of(String truth, String prediction) {
        Map<List<String>, Integer> expected = shingles(truth);
        Map<List<String>, Integer> found = shingles(prediction);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (var e : found.entrySet()) {
            int inTruth = expected.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (var e : expected.entrySet()) {
            fn += Math.max(0, e.getValue() - found.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
    }

    /** Precision counts (as in the benchmark) only for pages where something was predicted: tp + fp > 0. */
    boolean predicted() {
        return tp + fp > 0;
    }

    /** Recall counts only for pages with a truth: tp + fn > 0. */
    boolean expected() {
        return tp + fn > 0;
    }

    double precision() {
        return predicted() ? tp / (tp + fp) : 0;
    }

    double recall() {
        return expected() ? tp / (tp + fn) : 0;
    }

    double f1() {
        return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    }

    /** Mean precision, mean recall and the F1 of those two means, over pages (the benchmark's summary). */
    static double[] summary(List<ShingleScore> pages) {
        double precision = mean(pages.stream().filter(ShingleScore::predicted).toList(), ShingleScore::precision);
        double recall = mean(pages.stream().filter(ShingleScore::expected).toList(), ShingleScore::recall);
        return new double[] {precision, recall, 2 * precision * recall / (precision + recall)};
    }

    private static double mean(List<ShingleScore> pages, ToDoubleFunction<ShingleScore> value) {
        return pages.stream().mapToDouble(value).average().orElse(0);
    }

    /** Every run of 4 consecutive tokens, counted; a text of fewer tokens is one shingle of all of them. */
    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text == null ? "" : text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<String> tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
