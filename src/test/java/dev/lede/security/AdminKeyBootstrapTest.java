package dev.lede.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@TestProfile(AdminKeyBootstrapTest.NoKeysConfigured.class)
class AdminKeyBootstrapTest {
    public static class NoKeysConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lede.security.keys", "", "lede.security.bootstrap-admin-key", "true");
        }
    }

    @Inject
    AdminKeyBootstrap bootstrap;
    @Inject
    EntityManager em;

    long adminKeys() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(k) from ApiKey k where k.role = 'admin'", Long.class).getSingleResult());
    }

    @Test
    void aStartWithNoKeyAtAllMakesOneAdminKeyAndLaterStartsNone() {
        // the database may outlive one application start in the test run: start from no key at all
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from ApiKey").executeUpdate());
        bootstrap.onStart(null);
        assertThat(adminKeys(), is(1L));
        bootstrap.onStart(null);
        assertThat(adminKeys(), is(1L));
    }
}
