package dev.lede.fulltext;

import jakarta.persistence.EntityManager;

/** What PostgreSQL makes of a query's words: how many it looks up, and its query tree. */
final class FullTextSql {
    private static final String SHAPE = """
            select numnode(websearch_to_tsquery('english', :q)), querytree(websearch_to_tsquery('english', :q))::text
            """;

    private FullTextSql() {
    }

    static Object[] shape(EntityManager em, String q) {
        return (Object[]) em.createNativeQuery(SHAPE).setParameter("q", q).getSingleResult();
    }
}
