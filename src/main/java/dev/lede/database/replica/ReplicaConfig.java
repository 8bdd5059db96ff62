package dev.lede.database.replica;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The read replica; the Quarkus datasource "read" takes these (application.properties). */
@ConfigMapping(prefix = "lede.datasource.read")
public interface ReplicaConfig {
    /** JDBC URL of a streaming standby of the primary, or of a service in front of several; none: no replica. */
    Optional<String> url();

    /** Its user, when it is not the primary's. */
    Optional<String> username();

    /** Its password, when it is not the primary's. */
    Optional<String> password();
}
