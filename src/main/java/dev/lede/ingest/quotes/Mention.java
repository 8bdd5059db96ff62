package dev.lede.ingest.quotes;

/**
 * A reference to someone in the writer's own words, by token indices first..last of its sentence.
 * A NAME has the name itself in {@code name}, any title in front of it in {@code role} and the organisation
 * or place it is given with ("of the Clean Water Alliance", "the Post's") in {@code affiliation}; a PHRASE
 * ("officials in Kyiv", "the mayor") and a PRONOUN keep their words in {@code name}. {@code head} is the
 * word that decides what a phrase refers to, {@code group} whether it stands for many or for an organisation.
 */
record Mention(Kind kind, String name, String role, String honorific, String head, boolean group, int first, int last,
               String affiliation) {

    enum Kind { NAME, PHRASE, PRONOUN }

    Mention(Kind kind, String name, String role, String honorific, String head, boolean group, int first, int last) {
        this(kind, name, role, honorific, head, group, first, last, null);
    }

    boolean fullName() {
        return kind == Kind.NAME && !group && name.contains(" ");
    }

    /** A person named, not a phrase, pronoun or organisation. */
    boolean person() {
        return kind == Kind.NAME && !group;
    }

    Mention withRole(String newRole) {
        return role != null || newRole == null ? this
                : new Mention(kind, name, newRole, honorific, head, group, first, last, affiliation);
    }

    Mention withAffiliation(String newAffiliation, int newLast) {
        return new Mention(kind, name, role, honorific, head, group, first, Math.max(last, newLast), newAffiliation);
    }
}
