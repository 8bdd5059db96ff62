package dev.lede.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ready while the database answered its last check, within the last few seconds. The database is asked
 * in the background, once a second, so the probe answers at once however the database is doing: a dead
 * server turns readiness DOWN at the next check, a frozen one within {@link #STALE_AFTER}, not after a
 * hung probe.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    static final Duration STALE_AFTER = Duration.ofSeconds(3);
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final AgroalDataSource dataSource;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "database-readiness");
        t.setDaemon(true);
        return t;
    });
    private volatile long answeredAt;
    private volatile boolean answered;
    private volatile String lastFailure = "not checked yet";

    public DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent start) {
        check();
        checker.scheduleWithFixedDelay(this::check, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        checker.shutdownNow();
    }

    /** A failed check turns readiness DOWN at once (a dead server refuses at once); a hung one, after STALE_AFTER. */
    private void check() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid((int) STALE_AFTER.toSeconds())) {
                answeredAt = System.nanoTime();
                answered = true;
                return;
            }
            lastFailure = "the database did not answer in time";
        } catch (SQLException | RuntimeException e) {
            lastFailure = "the database is unavailable";
        }
        answered = false;
    }

    /** Whether the database answered within the last few seconds. */
    public boolean answering() {
        return answered && System.nanoTime() - answeredAt < STALE_AFTER.toNanos();
    }

    @Override
    public HealthCheckResponse call() {
        boolean up = answering();
        var response = HealthCheckResponse.named("Database").status(up);
        return (up ? response : response.withData("reason", lastFailure)).build();
    }
}
