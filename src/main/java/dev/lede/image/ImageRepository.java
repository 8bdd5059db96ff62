package dev.lede.image;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ImageRepository implements PanacheRepositoryBase<Image, UUID> {

    public Optional<Image> find(String id) {
        UUID uuid = dev.lede.web.Params.uuid(id);
        return uuid == null ? Optional.empty() : findByIdOptional(uuid);
    }

    public Optional<Image> findByContentHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }

    /** The image known only by this address (its bytes not fetched), if an import named it before. */
    public Optional<Image> findBySourceUrl(String url) {
        return find("sourceUrl = ?1 and contentHash is null", url).firstResultOptional();
    }

    /** These images by id, for articles that show them; ids of no image are left out. */
    public Map<UUID, Image> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Image> found = list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
    }

    public Optional<Image> findForUpdate(String id) {
        UUID uuid = dev.lede.web.Params.uuid(id);
        return uuid == null ? Optional.empty()
                : find("id", uuid).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
