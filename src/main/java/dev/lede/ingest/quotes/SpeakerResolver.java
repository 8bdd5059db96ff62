package dev.lede.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The people and groups of one article, in the order they come up, so that "Secretary Austin", "Austin",
 * "the secretary" and "he" resolve to the Lloyd Austin introduced earlier. One per article; not thread-safe.
 */
final class SpeakerResolver {

    private record Event(Source source, int paragraph, boolean speech) {
    }

    private final List<Source> known = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    /** The source a mention refers to, remembering a new one unless {@code create} is false. */
    Source resolve(Mention m, boolean create) {
        if (m == null) {
            return null;
        }
        return switch (m.kind()) {
            case PRONOUN -> pronoun(m.name());
            case NAME -> m.group() ? named(m.name(), m.head(), true, create) : person(m, create);
            case PHRASE -> phrase(m, create);
        };
    }

    void spoke(Source s, int paragraph) {
        events.add(new Event(s, paragraph, true));
    }

    void mentioned(Source s, int paragraph) {
        if (s != null) {
            events.add(new Event(s, paragraph, false));
        }
    }

    /** Who a quote without a cue of its own belongs to: the last speaker, unless the story has moved on. */
    Source continuing(int paragraph) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e.speech() || !e.source().group) {
                return e.paragraph() >= paragraph - 1 ? e.source() : null;
            }
        }
        return null;
    }

    private Source person(Mention m, boolean create) {
        boolean full = m.name().contains(" ");
        Source s = full ? find(x -> !x.group && x.name.equalsIgnoreCase(m.name())) : byName(m.name(), m.honorific() == null);
        if (s == null && !create) {
            return null;
        }
        if (s == null) {
            s = remember(new Source(m.name(), m.role(), false, m.head()));
        }
        if (s.role == null && m.role() != null) {
            s.role = m.role();
        }
        if (s.gender == 0) {
            s.gender = Titles.gender(m.honorific());
        }
        return s;
    }

    private Source phrase(Mention m, boolean create) {
        String head = m.head();
        if (m.first() == m.last() && Character.isUpperCase(m.name().charAt(0))) {
            Source p = byName(m.name(), true);
            if (p != null) {
                return p;
            }
        }
        boolean definite = m.name().toLowerCase(Locale.ROOT).startsWith("the ");
        if (definite && Titles.role(head)) {
            Source p = find(x -> !x.group && x.role != null && words(x.role).contains(head));
            if (p != null) {
                return p;
            }
        }
        if (definite && m.last() - m.first() == 1) {
            Source g = find(x -> x.group && head.equals(x.head));
            if (g != null) {
                return g;
            }
        }
        return named(m.name(), head, m.group(), create);
    }

    /** A person known by this surname or, failing that and when allowed, by this first name. */
    private Source byName(String word, boolean firstName) {
        Source s = find(x -> !x.group && x.surname().equals(word));
        return s != null || !firstName ? s : find(x -> !x.group && x.name.startsWith(word + " "));
    }

    /** A group by the words the article uses for it, capitalised alike wherever in a sentence they come. */
    private Source named(String words, String head, boolean group, boolean create) {
        String name = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        Source s = find(x -> x.name.equalsIgnoreCase(name));
        return s != null || !create ? s : remember(new Source(name, null, group, head));
    }

    private Source pronoun(String p) {
        char gender = switch (p) {
            case "he", "him", "his" -> 'm';
            case "she", "her" -> 'f';
            default -> 0;
        };
        for (int i = events.size() - 1; i >= 0; i--) {
            Source s = events.get(i).source();
            if (s != null && gender != 0 && !s.group && (s.gender == 0 || s.gender == gender)) {
                s.gender = gender;
                return s;
            }
            if (s != null && gender == 0 && s.group) {
                return s;
            }
        }
        return p.startsWith("the") ? lastSpeaker() : null;
    }

    private Source lastSpeaker() {
        return events.stream().filter(e -> e.speech() && e.source() != null).reduce((a, b) -> b).map(Event::source).orElse(null);
    }

    /** The most recently used source that matches, moved to the end so that recency keeps counting. */
    private Source find(Predicate<Source> test) {
        for (int i = known.size() - 1; i >= 0; i--) {
            if (test.test(known.get(i))) {
                return remember(known.remove(i));
            }
        }
        return null;
    }

    private Source remember(Source s) {
        known.add(s);
        return s;
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    }
}
