package dev.lede.security;

import dev.lede.problem.ApiException;
import dev.lede.web.Params;
import dev.lede.web.PrivateRead;
import dev.lede.web.Representations;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.UUID;

@Path("/keys")
@Tag(name = "Keys", description = "API keys (role admin)")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Role.ADMIN)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class KeyResource {
    private final ApiKeyRepository keys;

    public KeyResource(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createKey", summary = "Make an API key",
            description = "Role: admin. The answer holds the key once; only its hash is stored.")
    @APIResponse(responseCode = "201", description = "The new key",
            content = @Content(schema = @Schema(implementation = KeyView.class)))
    public Response create(@Valid @NotNull IncomingKey incoming) {
        String key = Keys.generate();
        ApiKey stored = keys.add(incoming.role(), incoming.name(), key);
        return Representations.keyed(Response.status(201).header("Location", "/api/v1/keys/" + stored.id)
                .entity(KeyView.of(stored, key))).build();
    }

    @GET
    @PrivateRead
    @Operation(operationId = "listKeys", summary = "The keys made through this API (not the configured ones)",
            description = "Role: admin. Keys themselves are never shown again.")
    @APIResponse(responseCode = "200", description = "The keys",
            content = @Content(schema = @Schema(implementation = KeyList.class)))
    public KeyList list() {
        return new KeyList(keys.all().stream().map(k -> KeyView.of(k, null)).toList());
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "deleteKey", summary = "Revoke a key", description = "Role: admin.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No key with this id")
    public void delete(@Parameter(description = "The key's id") @RestPath String id) {
        UUID keyId = Params.uuid(id);
        ApiKey key = keyId == null ? null : keys.findById(keyId);
        if (key == null) {
            throw ApiException.notFound("No key with id '" + id + "'");
        }
        keys.delete(key);
    }
}
