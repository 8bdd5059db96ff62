package dev.lede.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** At the first start with no key at all, makes an admin key and prints it, this once only. */
@ApplicationScoped
public class AdminKeyBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);

    private final Keys keys;
    private final SecurityConfig config;
    private final ApiKeyRepository stored;

    public AdminKeyBootstrap(Keys keys, SecurityConfig config, ApiKeyRepository stored) {
        this.keys = keys;
        this.config = config;
        this.stored = stored;
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
        stored.lockBootstrap();
        if (stored.count() > 0) {
            return null;
        }
        String key = Keys.generate();
        stored.add(Role.ADMIN.label(), "bootstrap admin", key);
        return key;
    }
}
