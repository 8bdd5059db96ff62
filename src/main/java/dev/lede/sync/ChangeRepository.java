package dev.lede.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

@ApplicationScoped
public class ChangeRepository {
    private final EntityManager em;

    public ChangeRepository(EntityManager em) {
        this.em = em;
    }

    /** Events after {@code seq} in feed order, only public ones unless {@code all}; {@code limit} rows at most. */
    public List<Change> after(long seq, boolean all, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, type, entity, entity_id, slug, at, article_id from change_event "
                        + "where seq > ?1" + (all ? "" : " and public") + " order by seq limit ?2")
                .setParameter(1, seq).setParameter(2, limit).getResultList();
        return rows.stream().map(Change::of).toList();
    }
}
