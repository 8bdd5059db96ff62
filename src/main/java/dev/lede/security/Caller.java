package dev.lede.security;

import dev.lede.common.ApiException;
import jakarta.enterprise.context.RequestScoped;

/** Who sent the current request: the role of its key, or null when it sent none. */
@RequestScoped
public class Caller {
    private Role role;

    void authenticated(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    public boolean is(Role wanted) {
        return role != null && role.includes(wanted);
    }

    /** Throws 401 without a key and 403 when the key's role is too weak. */
    public void require(Role wanted) {
        if (role == null) {
            throw new ApiException(401, "This needs an API key with role " + wanted.label() + ": send Authorization: Bearer <key>");
        }
        if (!role.includes(wanted)) {
            throw new ApiException(403, "This needs role " + wanted.label() + "; the key has role " + role.label());
        }
    }

    public boolean isEditor() {
        return is(Role.EDITOR);
    }
}
