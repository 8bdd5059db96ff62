package dev.lede.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN when the embedded PostgreSQL died and could not be started again, so whatever runs Lede
 * (Kubernetes, systemd) restarts it; always UP with an external database, which a restart would not mend.
 */
@Liveness
@ApplicationScoped
public class EmbeddedDatabaseLiveness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        String state = System.getProperty(Supervisor.STATE);
        var response = HealthCheckResponse.named("Embedded database").status(!Supervisor.DOWN.equals(state));
        return (state == null ? response.withData("embedded", false) : response.withData("state", state)).build();
    }
}
