package dev.lede.ingest.quotes;

import java.util.Locale;

/**
 * Whether speakers named in different articles are one person: the same surname and given names that agree
 * ("Lloyd Austin", "Lloyd J. Austin III"); or, where one is named by surname alone ("Secretary Austin"), the
 * same surname and a role in common. Never by surname alone: two Grants with different first names stay two.
 */
public final class SpeakerNames {
    private SpeakerNames() {
    }

    /** The surname a person is filed under, lower case and without accents or suffixes ("austin"). */
    public static String familyName(String name) {
        return PersonName.of(name).surname();
    }

    /** The fuller of two names of one person ("Lloyd J. Austin III" over "Lloyd Austin"). */
    public static String fuller(String current, String offered) {
        return Source.fuller(current, offered);
    }

    public static boolean samePerson(String name, String role, String otherName, String otherRole) {
        PersonName a = PersonName.of(name);
        PersonName b = PersonName.of(otherName);
        if (a.surname().isEmpty() || !a.compatible(b)) {
            return false;
        }
        if (a.hasGivenName() && b.hasGivenName()) {
            return true;
        }
        return role != null && otherRole != null && shareARole(role, otherRole);
    }

    /** "Secretary" and "U.S. Secretary of Defense", "Sen." and "senator": a word of one names a role of the other. */
    private static boolean shareARole(String role, String otherRole) {
        for (String w : role.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if ((Titles.role(w) || AgentNouns.person(w)) && Titles.sameRole(otherRole, w)) {
                return true;
            }
        }
        return false;
    }
}
