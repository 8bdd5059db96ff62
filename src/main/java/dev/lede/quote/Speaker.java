package dev.lede.quote;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Instant;

/** A person, organisation or group quoted in articles. */
@Entity
public class Speaker {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    public String name;
    /** The latest role the speaker was introduced with. */
    public String role;
    /** person, organisation, group or unknown (see {@link dev.lede.ingest.quotes.SpeakerType}). */
    public String type = "person";
    public String affiliation;
    /** A person's surname, lower case, to find them named another way. */
    public String familyName;
    /** The speaker an editor merged this one into: its quotes, and quotes extracted for it later, go there. */
    @ManyToOne
    @JoinColumn(name = "merged_into")
    public Speaker mergedInto;
    public Instant createdAt;
    public Instant updatedAt;

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }

    public static String type(dev.lede.ingest.quotes.SpeakerType type) {
        return type == null ? "unknown" : type.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The speaker this one ends up as after any merges. */
    public Speaker current() {
        Speaker s = this;
        for (int hops = 0; s.mergedInto != null && hops < 100; hops++) {
            s = s.mergedInto;
        }
        return s;
    }
}
