package dev.lede.ingest.quotes;

/**
 * Someone an article quotes or mentions: a person, or an organisation or group that speaks as one. A person's
 * {@code name} grows to the fullest form the article gives ("Austin", then "Lloyd J. Austin III").
 */
final class Source {
    String name;
    final boolean group;
    final String head;
    final SpeakerType type;
    String role;
    String affiliation;
    /** From an honorific ("Ms."): sure. */
    char gender;
    /** Pronouns that referred to this source: a guess that one wrong reference cannot fix for good. */
    private int he;
    private int she;
    int mentions;
    int lastParagraph;
    private PersonName parsed;
    private String parsedFrom;

    Source(String name, String role, SpeakerType type, String head) {
        this.name = name;
        this.role = role;
        this.type = type;
        this.group = type == SpeakerType.ORGANISATION || type == SpeakerType.GROUP;
        this.head = head;
    }

    /**
     * 'm', 'f' or 0: the honorific's gender, else that of most pronouns that referred to this source, else for an
     * unnamed someone what its noun says ("spokeswoman", "father").
     */
    char gender() {
        char heard = he > she ? 'm' : she > he ? 'f' : 0;
        return gender != 0 ? gender : heard != 0 || person() ? heard : Titles.nounGender(head);
    }

    void heard(char pronounGender) {
        if (pronounGender == 'm') {
            he++;
        } else if (pronounGender == 'f') {
            she++;
        }
    }

    boolean person() {
        return type == SpeakerType.PERSON;
    }

    PersonName personName() {
        if (parsed == null || !parsedFrom.equals(name)) {
            parsed = PersonName.of(name);
            parsedFrom = name;
        }
        return parsed;
    }

    String surname() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * The fuller of two names of one person: "Lloyd J. Austin III" over "Lloyd Austin", "Austin" or "L. Austin";
     * but "Dick Durbin" over "Whip Dick Durbin", whose first word was a title taken for a name.
     */
    static String fuller(String current, String offered) {
        String[] c = current.split(" ");
        String[] o = offered.split(" ");
        if (c.length > o.length && current.endsWith(" " + offered) && o.length > 1) {
            return offered;
        }
        PersonName cn = PersonName.of(current);
        PersonName on = PersonName.of(offered);
        boolean sameFirst = !cn.hasGivenName() || on.hasGivenName() && cn.first().charAt(0) == on.first().charAt(0);
        return o.length > c.length && sameFirst ? offered : current;
    }

    /** Takes what a new mention of this person adds: a fuller name, a role, an affiliation, a gender. */
    void learn(Mention m) {
        if (person() && m.person()) {
            name = fuller(name, m.name());
        }
        if (role == null && m.role() != null) {
            role = m.role();
        }
        if (affiliation == null && m.affiliation() != null) {
            affiliation = m.affiliation();
        }
        if (gender == 0) {
            gender = Titles.gender(m.honorific());
        }
    }
}
