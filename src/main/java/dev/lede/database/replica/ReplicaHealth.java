package dev.lede.database.replica;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read replica's state, as data: always UP, since reads go to the primary while the replica is down
 * or behind, so Lede stays ready without it.
 */
@Readiness
@ApplicationScoped
public class ReplicaHealth implements HealthCheck {
    private final Replica replica;

    public ReplicaHealth(Replica replica) {
        this.replica = replica;
    }

    @Override
    public HealthCheckResponse call() {
        ReplicaState state = replica.state();
        var response = HealthCheckResponse.named("Read replica").up().withData("status", state.status());
        if (state.up()) {
            response.withData("replayedWal", state.replayedWal());
        }
        if (state.reason() != null) {
            response.withData("reason", state.reason());
        }
        return response.build();
    }
}
