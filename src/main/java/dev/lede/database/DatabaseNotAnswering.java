package dev.lede.database;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;

/**
 * Skips a scheduled job (publishing, webhook delivery) while the database does not answer, as readiness
 * sees it: the job would only fail, once a second, with a stack trace each time. It runs again as soon
 * as the database is back.
 */
@Singleton
public class DatabaseNotAnswering implements Scheduled.SkipPredicate {
    private final DatabaseReadiness readiness;

    public DatabaseNotAnswering(@Readiness DatabaseReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !readiness.answering();
    }
}
