package dev.lede.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;

import java.time.Instant;
import java.util.UUID;

/** A key made through /keys: only its SHA-256 is kept. */
@Entity
public class ApiKey {
    @Id
    public UUID id;
    public String name;
    public String role;
    public String hash;
    public Instant createdAt;

    @PrePersist
    void created() {
        id = id == null ? UUID.randomUUID() : id;
        createdAt = Instant.now();
    }
}
