package dev.lede.ingest.quotes;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Word lists that tell who someone is: honorifics, titles before a name, roles, organisations. All lowercase. */
final class Titles {
    private static final Set<String> MODIFIERS = words("former late then acting interim outgoing incoming top senior "
            + "junior chief ex");
    private static final Set<String> HONORIFICS = words("mr. mr ms. ms mrs. mrs miss dr. dr prof. prof professor sir "
            + "dame rev. rev");
    private static final Set<String> TITLES = words("""
            president vice prime minister secretary secretary-general general gen. lt. col. colonel maj. major
            capt. captain sgt. sergeant adm. admiral commander cmdr. chief deputy senator sen. representative rep.
            congressman congresswoman governor gov. mayor judge justice chancellor ambassador commissioner director
            chairman chairwoman chair spokesperson spokesman spokeswoman king queen prince princess pope archbishop
            bishop cardinal rabbi imam sheriff officer detective inspector superintendent coach premier speaker
            attorney councillor councilor councilman councilwoman councilmember assemblyman assemblywoman
            assemblymember alderman alderwoman delegate trooper master grandmaster leader ceo envoy lord lady baron
            forward striker goalkeeper defender midfielder winger quarterback pitcher catcher guard center
            whip recorder clerk treasurer comptroller auditor controller advocate ombudsman moderator anchor
            """);
    /** Words of a portfolio, so that "Secretary of Defense Lloyd Austin" ends its title before "Lloyd". */
    private static final Set<String> DEPARTMENTS = words("""
            defense defence state foreign affairs interior home health finance treasury education energy commerce
            labor labour agriculture transport transportation homeland security economy environment culture trade
            industry veterans housing science technology immigration district
            """);
    private static final Set<String> ROLES = words("""
            executive official spokesperson spokesman spokeswoman analyst economist researcher scientist doctor
            nurse teacher lawyer coach manager owner founder editor reporter correspondent author adviser advisor
            aide negotiator epidemiologist engineer historian head counsel forecaster candidate lawmaker legislator
            principal pastor prosecutor chair chairman chief director minister secretary governor senator mayor
            judge president leader commander general deputy premier chancellor ambassador commissioner officer
            superintendent detective sheriff councillor councilor attorney professor grandfather grandmother father
            mother son daughter wife husband brother sister uncle aunt neighbor neighbour friend colleague partner
            pilot florist landscaper farmer firefighter driver baker chef artist musician singer actor actress writer
            poet photographer student volunteer activist organizer organiser paramedic surgeon physician pharmacist
            architect carpenter plumber electrician mechanic miner fisherman rancher vendor shopkeeper retiree veteran
            priest astronaut climber athlete player soldier sailor ranger designer entrepreneur investor banker
            trader accountant consultant contractor landlord tenant waiter bartender barber cashier clerk librarian
            dean lecturer referee trainer dancer comedian filmmaker producer composer conductor painter novelist
            journalist columnist broadcaster host commentator pollster strategist lobbyist campaigner meteorologist
            biologist ecologist physicist chemist psychologist sociologist veterinarian
            """);
    private static final Set<String> ORGANISATIONS = words("""
            house ministry department university college court council agency service office bank party commission
            committee authority police army forces union association institute foundation group company inc.
            corp. ltd times news network parliament senate congress kremlin pentagon administration government
            board fund organization organisation federation league club church hospital school museum festival
            bureau command campaign military embassy team coalition alliance opposition firm media staff
            """);
    private static final Set<String> PEOPLE = words("""
            officials police authorities residents analysts experts critics protesters prosecutors investigators
            researchers scientists doctors lawyers diplomats witnesses advocates activists voters riders members
            organisers organizers villagers locals officers firefighters economists observers supporters opponents
            parents teachers workers farmers families students nurses engineers lawmakers leaders ministers
            """);
    /** English nouns for a person that say whether a man or a woman ("-man" and "-woman" words aside). */
    private static final Set<String> FEMALE = words("mother daughter wife sister aunt niece grandmother granddaughter "
            + "girl queen princess actress");
    private static final Set<String> MALE = words("father son husband brother uncle nephew grandfather grandson boy "
            + "king prince actor");
    private static final Set<String> TIME = words("""
            monday tuesday wednesday thursday friday saturday sunday january february march april may june july
            august september october november december today tonight yesterday tomorrow
            """);
    /** First words of place names that look like personal names: "North Korea", "United States". */
    private static final Set<String> PLACES = words("north south east west united new saudi sri hong san los las st. "
            + "saint el");

    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("sen.", "senator"), java.util.Map.entry("rep.", "congressman"),
            java.util.Map.entry("representative", "congressman"), java.util.Map.entry("congresswoman", "congressman"),
            java.util.Map.entry("gov.", "governor"), java.util.Map.entry("gen.", "general"),
                    java.util.Map.entry("lt.", "lieutenant"),
            java.util.Map.entry("col.", "colonel"), java.util.Map.entry("maj.", "major"),
                    java.util.Map.entry("capt.", "captain"),
            java.util.Map.entry("sgt.", "sergeant"), java.util.Map.entry("adm.", "admiral"),
                    java.util.Map.entry("prof.", "professor"),
            java.util.Map.entry("dr.", "doctor"), java.util.Map.entry("supt.", "superintendent"),
                    java.util.Map.entry("spokesman", "spokesperson"),
            java.util.Map.entry("spokeswoman", "spokesperson"), java.util.Map.entry("chairwoman", "chairman"),
                    java.util.Map.entry("chair", "chairman"));

    private Titles() {
    }

    /** Words that qualify a title or name: "former", "acting", "top". */
    static boolean modifier(String w) {
        return MODIFIERS.contains(w);
    }

    static boolean honorific(String w) {
        return HONORIFICS.contains(w);
    }

    static boolean title(String w) {
        return TITLES.contains(w);
    }

    static boolean department(String w) {
        return DEPARTMENTS.contains(w);
    }

    static boolean role(String w) {
        return ROLES.contains(w) || TITLES.contains(w);
    }

    static boolean organisation(String w) {
        return ORGANISATIONS.contains(w);
    }

    /** A noun phrase with this head speaks for many ("officials", "the ministry"), so "they" can refer to it. */
    static boolean group(String head) {
        return ORGANISATIONS.contains(head) || PEOPLE.contains(head) || head.endsWith("s") && !head.endsWith("ss");
    }

    /** A group worth remembering as the subject of a sentence ("Officials in Kyiv released…"). */
    static boolean people(String head) {
        return ORGANISATIONS.contains(head) || PEOPLE.contains(head);
    }

    static boolean time(String w) {
        return TIME.contains(w);
    }

    static boolean place(String firstWord) {
        return PLACES.contains(firstWord);
    }

    /** "Sen." and "senator", "Rep." and "congressman": a role that the word {@code head} names. */
    static boolean sameRole(String role, String head) {
        for (String w : role.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
            if (w.equals(head) || head.equals(ABBREVIATIONS.get(w)) || w.equals(ABBREVIATIONS.get(head))) {
                return true;
            }
        }
        return false;
    }

    /** 'm' or 'f' for a noun that says it ("spokeswoman", "father"), else 0. */
    static char nounGender(String noun) {
        String w = noun == null ? "" : noun.toLowerCase(java.util.Locale.ROOT);
        if (FEMALE.contains(w) || w.endsWith("woman") || w.endsWith("women")) {
            return 'f';
        }
        return MALE.contains(w) || w.endsWith("man") || w.endsWith("men") ? 'm' : 0;
    }

    /** 'm', 'f' or 0 when the honorific does not say. */
    static char gender(String honorific) {
        if (honorific == null) {
            return 0;
        }
        String h = honorific.toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("mr") && !h.startsWith("mrs") ? 'm' : h.startsWith("ms") || h.startsWith("mrs")
                || h.equals("miss") ? 'f' : 0;
    }

    private static Set<String> words(String list) {
        return Arrays.stream(list.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
