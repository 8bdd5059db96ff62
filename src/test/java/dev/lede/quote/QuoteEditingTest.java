package dev.lede.quote;

import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class QuoteEditingTest {
    static final String PATCH = "application/merge-patch+json; charset=utf-8";

    @Test
    void aCorrectionSurvivesABodyEditAndAHiddenQuoteStaysHidden() {
        String body = """
                {"headline":"%s","section":"Quotes desk","status":"published","body":[
                 {"type":"paragraph","text":"“The bridge will reopen in May,” said Imogen Flett, the city engineer."},
                 {"type":"paragraph","text":"“Nobody will pay a toll,” she added."}]}""".formatted(Fixtures.unique("Bridge quotes"));
        var article = as(EDITOR).contentType("application/json").body(body).post("/api/v1/articles").then().statusCode(201).extract();
        String slug = article.path("slug");
        var quotes = given().get("/api/v1/articles/{s}/quotes", slug).then().statusCode(200)
                .body("data.text", contains("The bridge will reopen in May,", "Nobody will pay a toll,")).extract();
        String first = quotes.path("data[0].id");
        String second = quotes.path("data[1].id");

        String etag = given().get("/api/v1/quotes/{id}", first).then().statusCode(200).extract().header("ETag");
        as(EDITOR).contentType(PATCH).body("{\"speaker\":\"Imogen Flett-Ward\"}").patch("/api/v1/quotes/{id}", first)
                .then().statusCode(428);
        String corrected = as(EDITOR).header("If-Match", etag).contentType(PATCH)
                .body("{\"speaker\":\"Imogen Flett-Ward\",\"role\":\"chief city engineer\"}").patch("/api/v1/quotes/{id}", first)
                .then().statusCode(200).body("speaker.name", is("Imogen Flett-Ward"), "speaker.role", is("chief city engineer"))
                .extract().header("ETag");
        given().get("/api/v1/quotes/{id}", first).then().header("ETag", is(corrected));
        as(EDITOR).header("If-Match", etag).contentType(PATCH).body("{\"role\":\"x\"}").patch("/api/v1/quotes/{id}", first)
                .then().statusCode(412).body("currentEtag", is(corrected));
        String secondEtag = given().get("/api/v1/quotes/{id}", second).then().extract().header("ETag");
        as(EDITOR).header("If-Match", secondEtag).delete("/api/v1/quotes/{id}", second).then().statusCode(204);
        given().get("/api/v1/quotes/{id}", second).then().statusCode(404);

        String articleEtag = given().get("/api/v1/articles/{s}", slug).then().extract().header("ETag");
        as(EDITOR).header("If-Match", articleEtag).contentType(PATCH).body("""
                {"body":[
                 {"type":"paragraph","text":"“The bridge will reopen in May,” said Imogen Flett, the city engineer."},
                 {"type":"paragraph","text":"“Nobody will pay a toll,” she added."},
                 {"type":"paragraph","text":"“We found no cracks at all,” Flett said."}]}""")
                .patch("/api/v1/articles/{s}", slug).then().statusCode(200).body("quoteCount", is(2));
        given().get("/api/v1/articles/{s}/quotes", slug).then().statusCode(200)
                .body("data.text", contains("The bridge will reopen in May,", "We found no cracks at all,"))
                .body("data[0].speaker.name", is("Imogen Flett-Ward"), "data[0].speaker.role", is("chief city engineer"))
                .body("data[1].speaker.name", is("Imogen Flett"));
    }

    @Test
    void anEditorReadsAndCorrectsAQuoteInADraft() {
        String body = """
                {"headline":"%s","section":"Quotes desk","status":"draft","body":[
                 {"type":"paragraph","text":"“The ferry will run all winter,” said Oskar Lind, the harbour master."}]}"""
                .formatted(Fixtures.unique("Draft ferry quotes"));
        String quote = as(EDITOR).contentType("application/json").body(body).post("/api/v1/articles").then().statusCode(201)
                .extract().path("body[0].quotes[0].id");
        given().get("/api/v1/quotes/{id}", quote).then().statusCode(404);
        String etag = as(EDITOR).get("/api/v1/quotes/{id}", quote).then().statusCode(200)
                .header("Cache-Control", is("private, no-store")).body("speaker.name", is("Oskar Lind"))
                .extract().header("ETag");
        as(EDITOR).header("If-Match", etag).contentType(PATCH).body("{\"role\":\"harbour master of Tolvik\"}")
                .patch("/api/v1/quotes/{id}", quote).then().statusCode(200).body("speaker.role", is("harbour master of Tolvik"));
    }
}
