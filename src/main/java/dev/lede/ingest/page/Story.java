package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The story being merged from its copies. Each copy is aligned with the story so far by a longest common
 * subsequence over near-duplicate paragraphs; a paragraph is kept once, in its fullest wording, under an id,
 * and every copy is remembered as the ids of its paragraphs, so the final order can agree with all of them.
 */
final class Story {

    private final List<Piece> paragraphs = new ArrayList<>();
    private final List<List<Integer>> copies = new ArrayList<>();
    // paragraph ids in the order the pairwise merges produced; it breaks ties in the final order
    private List<Integer> order = new ArrayList<>();
    private final List<String> warnings;

    Story(List<String> warnings) {
        this.warnings = warnings;
    }

    void add(List<Piece> copy) {
        int[] ids = new int[copy.size()];
        Arrays.fill(ids, -1);
        List<int[]> path = align(copy);
        pairUp(path, copy, ids);
        matchLeftovers(copy, ids);
        order = interleave(path, copy, ids);
        copies.add(Arrays.stream(ids).boxed().toList());
    }

    private void pairUp(List<int[]> path, List<Piece> copy, int[] ids) {
        for (int[] step : path) {
            if (step[0] >= 0 && step[1] >= 0) {
                ids[step[1]] = order.get(step[0]);
                keepFuller(ids[step[1]], copy.get(step[1]));
            }
        }
    }

    /** The story so far with the copy's new paragraphs put where the alignment placed them. */
    private List<Integer> interleave(List<int[]> path, List<Piece> copy, int[] ids) {
        List<Integer> merged = new ArrayList<>();
        for (int[] step : path) {
            if (step[0] >= 0) {
                merged.add(order.get(step[0]));
            } else if (ids[step[1]] < 0) {
                ids[step[1]] = paragraphs.size();
                paragraphs.add(copy.get(step[1]));
                merged.add(ids[step[1]]);
            }
        }
        return merged;
    }

    List<ParsedBlock> blocks() {
        return StoryOrder.sort(paragraphs.size(), copies, order, warnings).stream()
                .map(id -> paragraphs.get(id).block())
                .toList();
    }

    /** The alignment as steps {index in order, index in copy}, -1 where a step takes from one side only. */
    private List<int[]> align(List<Piece> copy) {
        int n = order.size();
        int m = copy.size();
        double[][] similarity = new double[n][m];
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                similarity[i][j] = paragraphs.get(order.get(i)).similarity(copy.get(j));
                double match = similarity[i][j] > 0 ? best[i + 1][j + 1] + similarity[i][j] : 0;
                best[i][j] = Math.max(match, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<int[]> path = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && similarity[i][j] > 0 && best[i][j] == best[i + 1][j + 1] + similarity[i][j]) {
                path.add(new int[] {i++, j++});
            } else if (i < n && (j == m || best[i][j] == best[i + 1][j])) {
                // between two matches, what the story already had goes first
                path.add(new int[] {i++, -1});
            } else {
                path.add(new int[] {-1, j++});
            }
        }
        return path;
    }

    /**
     * A paragraph the alignment could not pair, because the story so far has it on the other side of a neighbour,
     * still joins its near-duplicate; the final order then follows the copies rather than the pairwise merge.
     */
    private void matchLeftovers(List<Piece> copy, int[] ids) {
        List<Integer> used = new ArrayList<>(Arrays.stream(ids).boxed().toList());
        for (int j = 0; j < copy.size(); j++) {
            for (int id = 0; id < paragraphs.size() && ids[j] < 0; id++) {
                if (!used.contains(id) && paragraphs.get(id).sameAs(copy.get(j))) {
                    ids[j] = id;
                    used.add(id);
                    keepFuller(id, copy.get(j));
                    warnings.add("Moved a paragraph to agree with a later copy: '" + copy.get(j).preview() + "'");
                }
            }
        }
    }

    private void keepFuller(int id, Piece wording) {
        Piece kept = paragraphs.get(id);
        Piece fuller = kept.fuller(wording);
        if (!kept.block().text().equals(wording.block().text())) {
            warnings.add("Kept the fuller of two wordings: '" + fuller.preview() + "'");
        }
        paragraphs.set(id, fuller);
    }
}
