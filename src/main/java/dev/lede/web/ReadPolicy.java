package dev.lede.web;

/** Whether published content may be read without a key, and so kept by shared caches (the security feature knows). */
public interface ReadPolicy {
    boolean publicReads();

    /** Whether the current request may see what the public cannot (drafts, every change): an editor's key. */
    boolean privileged();
}
