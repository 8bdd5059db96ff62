package dev.lede.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What integrators download from a running Lede is the spec committed in openapi/, the one CI checks. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theServedYamlIsTheCommittedSpec() throws IOException {
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(new YAMLMapper().readTree(Path.of("openapi/openapi.yaml").toFile()), new YAMLMapper().readTree(served),
                "GET /q/openapi differs from openapi/openapi.yaml");
    }

    @Test
    void theServedJsonIsTheCommittedSpec() throws IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType("application/json").extract().asString();
        JsonNode committed = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
        assertEquals(committed, new ObjectMapper().readTree(served), "GET /q/openapi?format=json differs from openapi/openapi.json");
    }
}
