package dev.lede.security;

import dev.lede.problem.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.RequestScoped;

/** Who sent the current request: the role of its key, or null when it sent none. */
@RequestScoped
public class Caller {
    private final MeterRegistry metrics;
    private Role role;

    public Caller(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void authenticated(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    public boolean is(Role wanted) {
        return role != null && role.includes(wanted);
    }

    /** Throws 401 without a key and 403 when the key's role is too weak; both are counted. */
    public void require(Role wanted) {
        if (role == null) {
            throw unauthenticated("missing", "This needs an API key with role " + wanted.label()
                    + ": send Authorization: Bearer <key>");
        }
        if (!role.includes(wanted)) {
            metrics.counter("lede.auth.forbidden").increment();
            throw new ApiException(403, "This needs role " + wanted.label() + "; the key has role " + role.label());
        }
    }

    /** A 401, counted by reason; the key itself is never part of it. */
    ApiException unauthenticated(String reason, String detail) {
        metrics.counter("lede.auth.failures", "reason", reason).increment();
        return new ApiException(401, detail);
    }

    public boolean isEditor() {
        return is(Role.EDITOR);
    }
}
