package dev.lede.quote;

import dev.lede.article.Article;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Instant;
import java.util.UUID;

/** A direct or partial quotation in an article, attributed to a speaker when one is known. */
@Entity
public class Quote {
    @Id
    public UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Article article;
    @ManyToOne
    public Speaker speaker;
    public String text;
    public boolean partial;
    public String cue;
    /** The role the speaker had where this quote was attributed. */
    public String role;
    /** Index of the paragraph among the article's paragraphs (headings not counted). */
    public int paragraph;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    /** Reading order within the article. */
    public int position;
    public boolean corrected;
    public boolean hidden;
    public Instant createdAt;
    public Instant updatedAt;

    @PrePersist
    void created() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }
}
