package dev.lede.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

import java.time.Duration;

@ConfigMapping(prefix = "lede.http")
public interface HttpConfig {
    /** The largest request body, where an operation sets no larger limit of its own. */
    MemorySize maxBodySize();

    /** How long a request's body may take to arrive before the answer is a 408 and the connection is closed. */
    Duration bodyTimeout();
}
