package dev.lede.synthetic;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SyntheticArticlesTest {
    @Inject
    SyntheticArticles synthetic;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void generatedArticlesArePublishedAndReadableWithTheirQuotes() throws Exception {
        long seed = new Random().nextInt(1, 46_656);   // each run its own slugs (the seed names them)
        String run = Long.toString(seed, 36);
        List<Integer> progress = new CopyOnWriteArrayList<>();

        synthetic.generate(12, 5, 64, seed, progress::add);   // more writers than the pool holds: capped, none waits

        assertThat(count("select count(*) from article where slug ~ ?", "-" + run + "-[0-9]+-[0-9]+$"), is(12L));
        assertThat(progress, hasItem(12));
        String slug = firstSlug("-" + run + "-0-0$");
        given().get("/api/v1/articles/{slug}", slug).then()
                .statusCode(200)
                .body("status", is("PUBLISHED"))
                .body("body.size()", greaterThanOrEqualTo(8));
        given().get("/api/v1/articles/{slug}/quotes", slug).then()
                .statusCode(200)
                .body("data.size()", greaterThan(0))
                .body("data[0].speaker.name", not(emptyOrNullString()));
    }

    private long count(String sql, String pattern) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, pattern);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String firstSlug(String pattern) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select slug from article where slug ~ ?")) {
            s.setString(1, pattern);
            try (ResultSet r = s.executeQuery()) {
                assertThat("a generated article", r.next(), is(true));
                return r.getString(1);
            }
        }
    }
}
