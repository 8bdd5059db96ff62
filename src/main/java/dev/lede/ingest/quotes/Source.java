package dev.lede.ingest.quotes;

/** Someone an article quotes or mentions: a person, or a group or organisation that speaks as one. */
final class Source {
    final String name;
    final boolean group;
    final String head;
    String role;
    char gender;

    Source(String name, String role, boolean group, String head) {
        this.name = name;
        this.role = role;
        this.group = group;
        this.head = head;
    }

    String surname() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
