package dev.lede.ingest.quotes;

/**
 * A reference to someone in the writer's own words, by token indices first..last of its sentence.
 * A NAME has the name itself in {@code name} and any title in front of it in {@code role}; a PHRASE
 * ("officials in Kyiv", "the mayor") and a PRONOUN keep their words in {@code name}. {@code head} is the
 * word that decides what a phrase refers to, {@code group} whether it stands for many or for an organisation.
 */
record Mention(Kind kind, String name, String role, String honorific, String head, boolean group, int first, int last) {

    enum Kind { NAME, PHRASE, PRONOUN }

    boolean fullName() {
        return kind == Kind.NAME && !group && name.contains(" ");
    }

    Mention withRole(String newRole) {
        return role != null || newRole == null ? this : new Mention(kind, name, newRole, honorific, head, group, first, last);
    }
}
