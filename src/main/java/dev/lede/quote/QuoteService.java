package dev.lede.quote;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.BodyChanged;
import dev.lede.common.Slugs;
import dev.lede.ingest.quotes.ExtractedQuote;
import dev.lede.ingest.quotes.QuoteExtractor;
import dev.lede.ingest.quotes.SpeakerNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps an article's quotes in step with its body: extracts them again and replaces the stored
 * ones, carrying over what editors corrected or hid (matched by quote text).
 */
@ApplicationScoped
public class QuoteService {
    private final QuoteExtractor extractor = new QuoteExtractor();
    private final QuoteRepository quotes;
    private final SpeakerRepository speakers;

    public QuoteService(QuoteRepository quotes, SpeakerRepository speakers) {
        this.quotes = quotes;
        this.speakers = speakers;
    }

    /**
     * The article's quotes; none for an article known to be in another language than English, since the
     * extractor's sentence model, cue verbs and titles are English and would misread its text.
     */
    public List<ExtractedQuote> extract(Article article) {
        if (article.lang != null && !article.lang.equals("en") && !article.lang.startsWith("en-")) {
            return List.of();
        }
        return extractor.extract(paragraphs(article));
    }

    /**
     * The models load as soon as the application's beans exist, beside the database's start and
     * migrations rather than after them: readiness never waits for them, and the first import seldom does.
     */
    void loadModelsInBackground(@Observes @Initialized(ApplicationScoped.class) Object started) {
        QuoteExtractor.loadModelsInBackground();
    }

    void onBodyChanged(@Observes BodyChanged change) {
        replaceQuotes(change.article());
    }

    /** Call inside the transaction that saved the article's body. */
    public List<Quote> replaceQuotes(Article article) {
        List<Quote> old = quotes.storedIn(article);
        Map<String, Quote> edited = new HashMap<>();
        old.stream().filter(q -> q.corrected || q.hidden).forEach(q -> edited.put(q.text, q));
        old.forEach(quotes::delete);
        quotes.flush();
        return store(article, extract(article), edited);
    }

    /**
     * Stores the quotes {@link #extract} found in a new article, inside the transaction that saves it: the
     * extraction, which takes most of an import's time, can then run before the transaction, on any thread.
     */
    public List<Quote> addQuotes(Article article, List<ExtractedQuote> found) {
        return store(article, found, Map.of());
    }

    /** The found quotes as stored quotes, keeping what editors corrected or hid in the {@code edited} ones (by text).
     *  */
    private List<Quote> store(Article article, List<ExtractedQuote> found, Map<String, Quote> edited) {
        List<Quote> stored = new java.util.ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Quote q = quote(article, found.get(i), i);
            Quote before = edited.get(q.text);
            if (before != null) {
                q.speaker = before.corrected ? before.speaker : q.speaker;
                q.role = before.corrected ? before.role : q.role;
                q.corrected = before.corrected;
                q.hidden = before.hidden;
            }
            quotes.persist(q);
            stored.add(q);
        }
        return stored;
    }

    private Quote quote(Article article, ExtractedQuote e, int position) {
        Quote q = new Quote();
        q.article = article;
        q.text = e.text();
        q.partial = e.partial();
        q.cue = e.cue();
        q.role = e.role();
        q.paragraph = e.paragraph();
        q.start = e.start();
        q.end = e.end();
        q.position = position;
        q.speaker = e.speaker() == null ? null : speakerFor(e, article);
        return q;
    }

    /**
     * The speaker of an extracted quote: the one with this name, or the same person named another way in another
     * article (see {@link SpeakerNames}), or a new one; followed to where an editor merged it. A group or someone
     * unnamed ("officials", "a spokeswoman") is a speaker of this article only: the same words elsewhere are others.
     */
    Speaker speakerFor(ExtractedQuote e, Article article) {
        String type = Speaker.type(e.speakerType());
        boolean ofThisArticle = type.equals("group") || type.equals("unknown");
        String slug = ofThisArticle ? articleSlug(e.speaker(), article) : Slugs.of(e.speaker());
        Speaker s = speakers.bySlug(slug).orElse(null);
        if (s == null && type.equals("person")) {
            s = samePerson(e.speaker(), e.role());
        }
        if (s == null) {
            s = new Speaker();
            s.slug = slug;
            s.name = e.speaker();
            s.type = type;
            s.familyName = type.equals("person") ? SpeakerNames.familyName(e.speaker()) : null;
            speakers.add(s);
        }
        s = s.current();
        if (s.type.equals("person")) {
            s.name = SpeakerNames.fuller(s.name, e.speaker());
        }
        s.role = e.role() != null ? e.role() : s.role;
        s.affiliation = e.affiliation() != null ? e.affiliation() : s.affiliation;
        return s;
    }

    private Speaker samePerson(String name, String role) {
        return speakers.peopleNamed(SpeakerNames.familyName(name))
                .filter(s -> SpeakerNames.samePerson(name, role, s.name, s.role)).findFirst().orElse(null);
    }

    private static String articleSlug(String name, Article article) {
        String slug = Slugs.of(name);
        return slug.substring(0, Math.min(slug.length(), Slugs.MAX_LENGTH - 9)) + "-" + article.id.toString()
                .substring(0, 8);
    }

    /** The speaker an editor names: the one with this name (or where it was merged), or a new person. */
    public Speaker speaker(String name, String role) {
        String slug = Slugs.of(name);
        Speaker s = speakers.bySlug(slug).orElse(null);
        if (s == null) {
            s = new Speaker();
            s.slug = slug;
            s.name = name;
            s.role = role;
            s.familyName = SpeakerNames.familyName(name);
            speakers.add(s);
        } else if (role != null && !role.equals(s.role)) {
            s.role = role;
        }
        return s.current();
    }

    public static List<String> paragraphs(Article article) {
        return article.body.stream().filter(b -> Block.PARAGRAPH.equals(b.type())).map(Block::text).toList();
    }
}
