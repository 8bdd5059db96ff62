package dev.lede.security;

import dev.lede.common.Sha256;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Resolves presented keys to roles: the configured ones ({@code role:sha256hex}) and those made
 * through /keys. Only hashes are kept, compared with {@link MessageDigest#isEqual} (constant time).
 */
@ApplicationScoped
public class Keys {
    private static final SecureRandom RANDOM = new SecureRandom();

    record Known(Role role, byte[] hash) {
    }

    private final List<Known> configured;
    private final ApiKeyRepository stored;

    public Keys(SecurityConfig config, ApiKeyRepository stored) {
        this.configured = parse(config.keys().orElse(""));
        this.stored = stored;
    }

    static List<Known> parse(String entries) {
        List<Known> keys = new ArrayList<>();
        for (String entry : entries.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.indexOf(':');
            Role role = colon < 0 ? null : Role.of(e.substring(0, colon));
            String hex = colon < 0 ? "" : e.substring(colon + 1).toLowerCase();
            if (role == null || !hex.matches("[0-9a-f]{64}")) {
                throw new IllegalStateException(
                        "lede.security.keys: each entry must be role:sha256hex with role reader, editor or admin; "
                        + "entry " + (keys.size() + 1) + " is not");
            }
            keys.add(new Known(role, HexFormat.of().parseHex(hex)));
        }
        return List.copyOf(keys);
    }

    public boolean anyConfigured() {
        return !configured.isEmpty();
    }

    /** The role of this key, if it is one. */
    public Optional<Role> resolve(String key) {
        byte[] hash = Sha256.of(key);
        Role found = null;
        for (Known k : configured) {
            if (MessageDigest.isEqual(k.hash(), hash)) {
                found = k.role();
            }
        }
        if (found != null) {
            return Optional.of(found);
        }
        return stored.byHash(HexFormat.of().formatHex(hash))
                .filter(k -> MessageDigest.isEqual(HexFormat.of().parseHex(k.hash), hash))
                .map(k -> Role.of(k.role));
    }

    /** A fresh random key; the caller shows it once. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "lede_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
