package dev.lede.database.replica;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import java.util.concurrent.Callable;

/**
 * Public reads on the read replica. A read goes there only when the replica has replayed the primary's
 * WAL up to {@code walPosition}, read on the primary with the content version the answer will be cached
 * under: a lagging replica cannot render, and so cannot pin, an answer older than that version. After a
 * write Lede forgets the version it knew, so the next one comes with a WAL position past the write, and a
 * writer reading anonymously sees its write. When the replica is down,
 * lags, or fails during the read, the read runs (again) on the primary.
 */
@ApplicationScoped
public class ReplicaReads {
    private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();

    /** A read in progress that may take its connections from the replica. */
    static final class Scope {
        final long walPosition;
        boolean usedReplica;

        Scope(long walPosition) {
            this.walPosition = walPosition;
        }
    }

    private final Replica replica;
    private final TransactionManager transactions;
    private final Counter onReplica;
    private final Counter onPrimary;

    public ReplicaReads(Replica replica, TransactionManager transactions, MeterRegistry registry) {
        this.replica = replica;
        this.transactions = transactions;
        this.onReplica = reads(registry, "replica");
        this.onPrimary = reads(registry, "primary");
    }

    private static Counter reads(MeterRegistry registry, String servedBy) {
        return Counter.builder("lede.replica.reads").tag("served_by", servedBy)
                .description("Public reads rendered from the database, by the server that answered them")
                .register(registry);
    }

    /** Runs a read, on the replica when it has replayed {@code walPosition}, or else on the primary. */
    public <T> T read(long walPosition, Callable<T> work) throws Exception {
        if (!replica.usable() || inTransaction() || !replica.caughtUp(walPosition)) {
            return onPrimary(work);
        }
        Scope scope = new Scope(walPosition);
        SCOPE.set(scope);
        try {
            T result = work.call();
            (scope.usedReplica ? onReplica : onPrimary).increment();
            return result;
        } catch (RuntimeException e) {
            if (!scope.usedReplica || !replica.isItsFailure(e)) {
                throw e;
            }
        } finally {
            SCOPE.remove();
        }
        return onPrimary(work);
    }

    /** A read inside a transaction stays on the primary, where the transaction may hold a connection already. */
    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true;
        }
    }

    private <T> T onPrimary(Callable<T> work) throws Exception {
        T result = work.call();
        if (replica.configured()) {
            onPrimary.increment();
        }
        return result;
    }

    /** The read in progress on this thread, or null. */
    static Scope current() {
        return SCOPE.get();
    }
}
