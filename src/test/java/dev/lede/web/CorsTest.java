package dev.lede.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** A front end on another origin can read, write and see the headers it needs, from the cache too. */
@QuarkusTest
class CorsTest {
    static final String ORIGIN = "https://app.example";

    static ValidatableResponse readable(ValidatableResponse response) {
        return response.header("Access-Control-Allow-Origin", is(ORIGIN))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Link"), containsString("Location")));
    }

    @Test
    void aPreflightForAnEditAllowsTheKeyAndIfMatch() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/articles/some-article").then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(ORIGIN))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"), containsString("If-Match")))
                .header("Access-Control-Max-Age", is("86400"));
    }

    @Test
    void readsFreshOrCachedAndProblemsCarryCorsHeadersAndVaryByOrigin() {
        for (int i = 0; i < 2; i++) { // the second answer comes from the front cache
            readable(given().header("Origin", ORIGIN).get("/api/v1/articles?limit=1").then().statusCode(200))
                    .header("Vary", containsString("Origin")).header("ETag", notNullValue());
        }
        readable(given().header("Origin", ORIGIN).get("/api/v1/articles/{slug}", "no-such-article").then().statusCode(404))
                .contentType("application/problem+json");
        given().get("/api/v1/articles?limit=1").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
