package dev.lede.ingest.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The people and groups of one article, in the order they come up, so that "Secretary Austin", "Austin",
 * "the secretary" and "he" resolve to the Lloyd Austin introduced earlier, and a name given in full later
 * fills in one given short before. One per article; not thread-safe.
 */
final class SpeakerResolver {

    private record Event(Source source, int paragraph, boolean speech) {
    }

    private final List<Source> known = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private int paragraph;

    /** The paragraph being read, for recency. */
    void at(int paragraph) {
        this.paragraph = paragraph;
    }

    /** The source a mention refers to, remembering a new one unless {@code create} is false; null for no one. */
    Source resolve(Mention m, boolean create) {
        if (m == null) {
            return null;
        }
        Source s = switch (m.kind()) {
            case PRONOUN -> pronoun(m.name());
            case NAME -> m.group() ? named(m.name(), m.head(), SpeakerType.ORGANISATION, create) : person(m, create);
            case PHRASE -> phrase(m, create);
        };
        if (s != null) {
            s.mentions++;
            s.lastParagraph = paragraph;
        }
        return s;
    }

    /** Fills in the given name of people known by surname alone where the article gives it elsewhere. */
    void giveFirstNames(List<String> paragraphs) {
        FirstNames.give(known, paragraphs);
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
            if (e.speech() || e.source() != null && !e.source().group) {
                return e.paragraph() >= paragraph - 1 ? e.source() : null;
            }
        }
        return null;
    }

    /** "They" with no group to refer to stands for the last speaker, as in "…, they say". */
    private Source pronoun(String p) {
        Source s = Pronouns.resolve(p, events.stream().map(Event::source).toList());
        if (s == null && !p.startsWith("the")) {
            s = Pronouns.resolve(p, known);   // no subject or speaker yet: the person named last
        }
        if (s != null || !p.startsWith("the")) {
            return s;
        }
        return events.stream().filter(e -> e.speech() && e.source() != null).reduce((a, b) -> b).map(Event::source)
                .orElse(null);
    }

    private Source person(Mention m, boolean create) {
        PersonName name = PersonName.of(m.name());
        Source s = name.hasGivenName() ? byFullName(name) : bySingleName(name.surname(), Titles.gender(m.honorific()));
        if (s == null && !create) {
            return null;
        }
        if (s == null) {
            s = remember(new Source(m.name(), null, SpeakerType.PERSON, m.head()));
        }
        s.learn(m);
        return s;
    }

    /** The person with a compatible full name, or one known so far only by this surname (who takes the full name). */
    private Source byFullName(PersonName name) {
        List<Source> same = people(x -> x.personName().hasGivenName() && x.personName().compatible(name));
        if (!same.isEmpty()) {
            return remember(same.get(same.size() - 1));
        }
        List<Source> bySurname = people(x -> !x.personName().hasGivenName() && x.personName().surname()
                .equals(name.surname()));
        boolean othersHaveIt = !people(x -> x.personName().hasGivenName() && x.personName().surname()
                .equals(name.surname())).isEmpty();
        if (othersHaveIt) {
            return null;
        }
        return bySurname.size() == 1 ? remember(bySurname.get(0)) : null;
    }

    /**
     * A person known by this surname (or, failing that, first name). Of several, one whose gender agrees, then
     * the one named most often, counting a mention in this paragraph or the one before for three.
     */
    private Source bySingleName(String word, char gender) {
        List<Source> found = people(x -> x.personName().surname().equals(word));
        if (found.isEmpty() && gender == 0) {
            found = people(x -> word.equals(x.personName().first()));
        }
        if (gender != 0 && found.stream().anyMatch(x -> x.gender() == gender)) {
            found = found.stream().filter(x -> x.gender() == gender).toList();
        }
        return found.stream()
                .max(Comparator.comparingInt((Source x) -> x.mentions + (x.lastParagraph >= paragraph - 1 ? 3 : 0))
                        .thenComparingInt(known::indexOf))
                .map(this::remember).orElse(null);
    }

    private Source phrase(Mention m, boolean create) {
        String head = m.head();
        if (m.first() == m.last() && Character.isUpperCase(m.name().charAt(0))) {
            Source p = bySingleName(PersonName.of(m.name()).surname(), (char) 0);
            if (p != null) {
                return p;
            }
        }
        SpeakerType type = Phrases.type(m);
        String lower = m.name().toLowerCase(Locale.ROOT);
        boolean definite = lower.startsWith("the ") || lower.startsWith("this ") || lower.startsWith("that ");
        if (definite && type == SpeakerType.UNKNOWN) {
            Source p = described(head);
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
        return type == null ? null : named(m.name(), head, type, create);
    }

    /** "The senator", "the Republican lawmaker": the person given that role, or else the person just talked about. */
    private Source described(String head) {
        Source p = find(x -> x.person() && x.role != null && Titles.sameRole(x.role, head));
        if (p != null) {
            return p;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            Source s = events.get(i).source();
            if (s != null && s.person()) {
                return events.get(i).paragraph() >= paragraph - 1 ? s : null;
            }
        }
        return null;
    }

    /** A group by the words the article uses for it, capitalised alike wherever in a sentence they come. */
    private Source named(String words, String head, SpeakerType type, boolean create) {
        String name = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        Source s = find(x -> x.name.equalsIgnoreCase(name));
        return s != null || !create ? s : remember(new Source(name, null, type, head));
    }

    private List<Source> people(Predicate<Source> test) {
        return known.stream().filter(x -> x.person() && test.test(x)).toList();
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
        known.remove(s);
        known.add(s);
        return s;
    }
}
