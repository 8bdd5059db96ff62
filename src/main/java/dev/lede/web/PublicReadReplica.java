package dev.lede.web;

import dev.lede.database.replica.ReplicaReads;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Renders a {@link PublicRead} on the read replica when there is one that has caught up with the content version
 * the answer is kept under ({@link ReplicaReads}); an editor's reads, which may see drafts, on the primary.
 */
@PublicRead
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PublicReadReplica {
    private final ReplicaReads replicaReads;
    private final ContentVersion contentVersion;
    private final ReadPolicy reads;

    public PublicReadReplica(ReplicaReads replicaReads, ContentVersion contentVersion, ReadPolicy reads) {
        this.replicaReads = replicaReads;
        this.contentVersion = contentVersion;
        this.reads = reads;
    }

    @AroundInvoke
    Object render(InvocationContext invocation) throws Exception {
        // the binding also marks PublicReadFilter, whose own methods are no read
        if (invocation.getTarget() instanceof PublicReadFilter || reads.privileged()) {
            return invocation.proceed();
        }
        return replicaReads.read(contentVersion.current().walPosition(), invocation::proceed);
    }
}
