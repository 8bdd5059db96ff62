package dev.lede.article;

import dev.lede.database.DatabaseNotAnswering;
import dev.lede.problem.DatabaseFailures;
import dev.lede.sync.ChangeLog;
import dev.lede.sync.ChangeType;
import dev.lede.web.ContentVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Publishes scheduled articles whose time has come. Every replica runs this; SKIP LOCKED lets
 * them share the work without waiting, and the content version moves on for all of them.
 */
@ApplicationScoped
public class ScheduledPublishing {
    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class);
    private final ArticleRepository articles;
    private final ChangeLog changes;
    private final ContentVersion contentVersion;

    public ScheduledPublishing(ArticleRepository articles, ChangeLog changes, ContentVersion contentVersion) {
        this.articles = articles;
        this.changes = changes;
        this.contentVersion = contentVersion;
    }

    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @Scheduled(every = "${lede.publishing.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DatabaseNotAnswering.class)
    void publishDue() {
        if (stopping) {
            return;
        }
        DatabaseFailures.tolerated(LOG, "Scheduled publishing", () -> {
            int published = QuarkusTransaction.requiringNew().call(this::publishDueNow);
            if (published > 0) {
                contentVersion.invalidate();
            }
        });
    }

    int publishDueNow() {
        List<Object[]> due = articles.lockDueScheduled();
        for (Object[] row : due) {
            articles.publishScheduled((UUID) row[0]);
            changes.article(ChangeType.PUBLISHED, (UUID) row[0], (String) row[1], true);
        }
        return due.size();
    }
}
