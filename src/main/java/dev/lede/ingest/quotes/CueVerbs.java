package dev.lede.ingest.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Verbs that attribute speech, found among a sentence's tokens outside quotes. */
final class CueVerbs {
    /** Never anything but speech near a quote, whatever the tagger thinks. */
    private static final Set<String> SURE = words("say says said saying tell tells told telling add adds added adding "
            + "ask asks asked wrote writes");
    /** Speech only when tagged as a verb ("claims", "calls" and "notes" are also nouns). */
    private static final Set<String> VERBS = words("""
            write writing explain explains explained explaining warn warns warned warning argue argues argued arguing
            insist insists insisted insisting claim claims claimed claiming confirm confirms confirmed confirming
            announce announces announced announcing declare declares declared declaring reply replies replied replying
            respond responds responded responding recall recalls recalled recalling acknowledge acknowledges
            acknowledged acknowledging admit admits admitted admitting concede concedes conceded conceding continued
            emphasize emphasized emphasised stress stresses stressed suggest suggests suggested urge urges urged
            predict predicts predicted complain complains complained joke jokes joked quipped caution cautioned
            observe observed remark remarked tweeted posted call calls called calling describe describes described
            describing vow vows vowed pledge pledged promise promises promised shout shouted whisper whispered
            exclaimed agree agreed disagree disagreed countered testify testified assert asserted maintained
            alleged deny denied recounted wondered speaking spoke note notes noted noting stated
            dub dubbed brand branded told
            """);
    private static final Set<String> INVERTING = words("""
            said says added adds asked asks wrote writes explained explains continued continues recalled recalls
            replied replies noted notes warned warns insisted insists argued argues admitted admits confirmed
            confirms declared declares told according
            """);
    private static final Set<String> PASSIVE = words("be been being is are was were get got");

    private CueVerbs() {
    }

    static List<Cue> find(Sentences.Sentence s) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            Sentences.Token t = s.tokens().get(i);
            Sentences.Token next = s.token(i + 1);
            if (t.quoted()) {
                continue;
            }
            String w = t.lower();
            if ((w.equals("according") && next != null && next.lower().equals("to"))
                    || (w.equals("put") && next != null && next.lower().equals("it"))) {
                cues.add(new Cue(i, i + 1, s.span(i, i + 1), t.start(), next.end()));
            } else if ((SURE.contains(w) || VERBS.contains(w) && t.is("VERB")) && !passive(s, i)) {
                cues.add(new Cue(i, i, t.text(), t.start(), t.end()));
            } else if (t.is("VERB") && SpeechVerbs.speech(w) && !passive(s, i)) {
                cues.add(new Cue(i, i, t.text(), t.start(), t.end(), true));
            }
        }
        return cues;
    }

    static boolean inverts(String cue) {
        return INVERTING.contains(cue.toLowerCase(Locale.ROOT).split(" ")[0]);
    }

    /** "have been told to expect…": the subject heard it, it did not say it. */
    private static boolean passive(Sentences.Sentence s, int i) {
        Sentences.Token prev = s.token(i - 1);
        String w = s.tokens().get(i).lower();
        return prev != null && PASSIVE.contains(prev.lower()) && (w.endsWith("ed") || w.equals("told"));
    }

    private static Set<String> words(String list) {
        return Arrays.stream(list.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
