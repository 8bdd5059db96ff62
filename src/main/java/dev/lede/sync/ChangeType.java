package dev.lede.sync;

import java.util.Locale;

public enum ChangeType {
    CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
