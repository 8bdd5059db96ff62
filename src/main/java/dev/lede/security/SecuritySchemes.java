package dev.lede.security;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Declares the one security scheme of the API for the OpenAPI document. */
@SecurityScheme(securitySchemeName = SecuritySchemes.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key as `Authorization: Bearer <key>`. Roles: reader (reads, when public reads are off), "
                + "editor (writes, imports, drafts), admin (everything, plus keys and webhooks).")
public class SecuritySchemes extends Application {
    public static final String BEARER = "apiKey";
}
