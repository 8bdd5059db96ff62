package dev.lede.image;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/** An uploaded picture (its original bytes), or one known only by the address an imported page gave. */
@Entity
public class Image {
    @Id
    public UUID id;
    /** SHA-256 (hex) of the original bytes; null until there are bytes. */
    public String contentHash;
    // only renditions read the bytes: loaded when first touched (the entity is enhanced)
    @Basic(fetch = FetchType.LAZY)
    public byte[] bytes;
    /** The length of {@link #bytes}, so that showing it does not load them. */
    public Integer byteSize;
    public String sourceUrl;
    public String mediaType;
    public Integer width;
    public Integer height;
    public String alt;
    public String caption;
    public String credit;
    @Column(name = "focal_x")
    public double focalX = 0.5;
    @Column(name = "focal_y")
    public double focalY = 0.5;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    @PrePersist
    void created() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public boolean hasBytes() {
        return contentHash != null;
    }

    public FocalPoint focalPoint() {
        return new FocalPoint(focalX, focalY);
    }

    public ImageFormat format() {
        return ImageFormat.ofMediaType(mediaType).orElseThrow();
    }

    /**
     * What the pixels of every rendition depend on, the original and the focal point, in a few characters:
     * rendition URLs carry it, so a URL names one picture forever and can be cached as immutable.
     */
    public String pixelVersion() {
        byte[] digest = dev.lede.common.Sha256.of(contentHash + "@" + focalX + "," + focalY);
        return HexFormat.of().formatHex(digest, 0, 5);
    }
}
