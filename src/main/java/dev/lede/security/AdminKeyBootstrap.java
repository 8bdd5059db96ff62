package dev.lede.security;

import dev.lede.common.Sha256;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/** At the first start with no key at all, makes an admin key and prints it, this once only. */
@ApplicationScoped
public class AdminKeyBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);

    private final Keys keys;
    private final SecurityConfig config;
    private final EntityManager em;

    public AdminKeyBootstrap(Keys keys, SecurityConfig config, EntityManager em) {
        this.keys = keys;
        this.config = config;
        this.em = em;
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.bootstrapAdminKey() || keys.anyConfigured()) {
            return;
        }
        String key = QuarkusTransaction.requiringNew().call(this::createIfNone);
        if (key != null) {
            LOG.info("""
                    
                    ==================================================================
                     No API key existed, so Lede made this admin key. It is shown once
                     and stored only as a hash; keep it somewhere safe:
                    
                       %s
                    
                     Use it as "Authorization: Bearer <key>" and make more at /api/v1/keys.
                    ==================================================================""".formatted(key));
        }
    }

    private String createIfNone() {
        // replicas starting together: one makes the key, the others then find it
        em.createNativeQuery("select pg_advisory_xact_lock(7431001)").getSingleResult();
        long existing = em.createQuery("select count(k) from ApiKey k", Long.class).getSingleResult();
        if (existing > 0) {
            return null;
        }
        String key = Keys.generate();
        ApiKey stored = new ApiKey();
        stored.name = "bootstrap admin";
        stored.role = Role.ADMIN.label();
        stored.hash = Sha256.hex(key);
        em.persist(stored);
        return key;
    }
}
