package dev.lede.webhook;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

@ConfigMapping(prefix = "lede.webhooks")
public interface WebhookConfig {
    /** Whether targets on loopback, private or link-local addresses are allowed (tests). */
    boolean allowPrivate();

    /** How often each replica looks for events to deliver. */
    Duration dispatchInterval();

    /** The first retry delay; each further one doubles, up to an hour. */
    Duration retryBase();
}
