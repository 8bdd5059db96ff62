package dev.lede.image;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The image_rendition table: renditions once made, shared by every replica. */
@ApplicationScoped
public class RenditionRepository {
    private final EntityManager em;

    public RenditionRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ImageRenditions.Rendition> find(UUID image, String variant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select bytes, media_type, etag from image_rendition where image_id = ?1 and variant = ?2")
                .setParameter(1, image).setParameter(2, variant).getResultList();
        return rows.stream().findFirst()
                .map(r -> new ImageRenditions.Rendition((byte[]) r[0], (String) r[1], (String) r[2]));
    }

    /** Keeps a rendition; one another replica stored first stays (both rendered the same pixels). */
    public void store(UUID image, String variant, ImageRenditions.Rendition r) {
        em.createNativeQuery(
                "insert into image_rendition (image_id, variant, media_type, bytes, etag) values (?1, ?2, ?3, ?4, ?5)"
                        + " on conflict do nothing")
                .setParameter(1, image).setParameter(2, variant).setParameter(3, r.mediaType())
                        .setParameter(4, r.bytes())
                .setParameter(5, r.etag()).executeUpdate();
    }

    /** Drops the renditions of the image's earlier states (another focal point). */
    public void dropAllBut(UUID image, String pixelVersion) {
        em.createNativeQuery("delete from image_rendition where image_id = ?1 and variant not like ?2")
                .setParameter(1, image).setParameter(2, "%@" + pixelVersion).executeUpdate();
    }
}
