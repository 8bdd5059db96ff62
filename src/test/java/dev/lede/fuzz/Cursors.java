package dev.lede.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/** Cursors no page ever gave: random bytes, the wrong number of keys, keys of absurd size. */
final class Cursors {
    private static final String[] ABSURD_KEYS = {"1e-99999", "1E999999", "9".repeat(400), "NaN", "+999999999-12-31T23:59:59Z",
            "99999999999999999999", "-0", "", "\u0000", "null"};

    private Cursors() {
    }

    static String bad(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> encode(new String(randomBytes(random), StandardCharsets.ISO_8859_1));
            case 1 -> "!!" + random.nextInt(1000);
            case 2 -> encode("1\u001f" + pick(random) + "\u001f" + pick(random) + "\u001f" + pick(random));
            default -> encode("1\u001f" + pick(random) + "\u001f00000000-0000-0000-0000-000000000000");
        };
    }

    private static String pick(Random random) {
        return ABSURD_KEYS[random.nextInt(ABSURD_KEYS.length)];
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(40)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
