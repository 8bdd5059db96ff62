package dev.lede;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the application does in the background (a delivery, a scheduled publish, a start). */
public final class Eventually {
    private Eventually() {
    }

    /** Polls {@code condition} until it holds, failing with {@code what} when {@code within} has passed first. */
    public static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + within.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
