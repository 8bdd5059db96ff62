package dev.lede.security;

import dev.lede.common.Sha256;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The keys made through /keys (and the first admin key), stored as hashes. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {
    /** Any number will do, as long as nothing else takes this advisory lock. */
    private static final long BOOTSTRAP_LOCK = 7431001;

    public List<ApiKey> all() {
        return find("from ApiKey order by createdAt, id").list();
    }

    public Optional<ApiKey> byHash(String hex) {
        return find("hash", hex).firstResultOptional();
    }

    /** Stores this key for the role by its hash; the caller shows the key itself once. */
    public ApiKey add(String role, String name, String key) {
        ApiKey stored = new ApiKey();
        stored.role = role;
        stored.name = name;
        stored.hash = Sha256.hex(key);
        persist(stored);
        return stored;
    }

    /** Waits until no other replica is making the first key, until the transaction ends. */
    public void lockBootstrap() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + BOOTSTRAP_LOCK + ")").getSingleResult();
    }
}
