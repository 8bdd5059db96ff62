package dev.lede.article;

import dev.lede.taxonomy.Section;
import dev.lede.taxonomy.Tag;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
public class Article {
    @Id
    public UUID id;
    public String slug;
    @ManyToOne(optional = false)
    public Section section;
    public String headline;
    public String standfirst;
    @Column(name = "why_we_wrote_this")
    public String whyWeWroteThis;
    // lists and navigation never show the body: it is loaded when first read (the entity is enhanced)
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Block> body = new ArrayList<>();
    /** The image at the top of the article, null when it has none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Picture leadImage;
    /** BCP 47 language tag ("en", "pt-BR"), null where unknown. */
    public String lang;
    /** Where the story was reported from ("Tartu, Estonia"), null where the article names no place. */
    public String dateline;
    public int wordCount;
    @Enumerated(EnumType.STRING)
    public ArticleStatus status;
    public Instant publishedAt;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant deletedAt;
    @Version
    public int version;
    /** SHA-256 of the normalised page text an import came from; null for articles written through the API. */
    public String contentHash;

    @ManyToMany
    @JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    public List<Tag> tags = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<Author> authors = new ArrayList<>();

    @PrePersist
    void created() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = createdAt == null ? now() : createdAt;
        updatedAt = createdAt;
        countWords();
    }

    @PreUpdate
    void updated() {
        updatedAt = now();
        countWords();
    }

    /** Now, at the precision PostgreSQL keeps, so a saved article renders the same when read back. */
    public static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Recounts the words after the text changed (done on every save; call it for an article never saved). */
    public void countWords() {
        wordCount = WordCount.of(this);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
