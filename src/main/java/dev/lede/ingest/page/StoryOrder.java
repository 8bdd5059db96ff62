package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Orders a story's paragraphs so that each copy's order holds: a topological sort of "comes after" edges from every
 * copy, taking the earliest-ranked paragraph whenever several could come next.
 */
final class StoryOrder {

    private StoryOrder() {
    }

    static List<Integer> sort(int count, List<List<Integer>> copies, List<Integer> ranking, List<String> warnings) {
        int[] rank = new int[count];
        for (int position = 0; position < ranking.size(); position++) {
            rank[ranking.get(position)] = position;
        }
        List<List<Integer>> next = new ArrayList<>();
        int[] before = new int[count];
        for (int id = 0; id < count; id++) {
            next.add(new ArrayList<>());
        }
        for (List<Integer> copy : copies) {
            for (int i = 1; i < copy.size(); i++) {
                next.get(copy.get(i - 1)).add(copy.get(i));
                before[copy.get(i)]++;
            }
        }
        return sort(rank, next, before, warnings);
    }

    private static List<Integer> sort(int[] rank, List<List<Integer>> next, int[] before, List<String> warnings) {
        PriorityQueue<Integer> ready = new PriorityQueue<>((a, b) -> Integer.compare(rank[a], rank[b]));
        boolean[] placed = new boolean[rank.length];
        for (int id = 0; id < rank.length; id++) {
            if (before[id] == 0) {
                ready.add(id);
            }
        }
        List<Integer> sorted = new ArrayList<>();
        while (sorted.size() < rank.length) {
            if (ready.isEmpty()) {
                // the copies contradict each other; the earliest-ranked paragraph left goes next regardless
                warnings.add("Copies of the story disagree on the order of some paragraphs");
                ready.add(earliestLeft(rank, placed));
            }
            int id = ready.poll();
            placed[id] = true;
            sorted.add(id);
            for (int after : next.get(id)) {
                if (--before[after] == 0 && !placed[after]) {
                    ready.add(after);
                }
            }
        }
        return sorted;
    }

    private static int earliestLeft(int[] rank, boolean[] placed) {
        int earliest = -1;
        for (int id = 0; id < rank.length; id++) {
            if (!placed[id] && (earliest < 0 || rank[id] < rank[earliest])) {
                earliest = id;
            }
        }
        return earliest;
    }
}
