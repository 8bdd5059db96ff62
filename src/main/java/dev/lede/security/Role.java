package dev.lede.security;

import java.util.Locale;

/** What a key may do; each role includes the ones before it. */
public enum Role {
    READER, EDITOR, ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this lowercase name, or null. */
    public static Role of(String label) {
        for (Role r : values()) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        return null;
    }
}
