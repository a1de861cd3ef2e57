package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OpenApiLinksTest {

    @Test
    void theLinksPointAtTheDocumentBesideThemNotBelowTheApiTwice() {
        URI base = URI.create("http://localhost:8080/api/v1/");

        assertThat(OpenApiLinks.document(base, "JSON"))
                .isEqualTo(URI.create("http://localhost:8080/api/v1/openapi?format=JSON"));
        assertThat(OpenApiLinks.document(URI.create("http://localhost:8080/api/v1"), "YAML"))
                .isEqualTo(URI.create("http://localhost:8080/api/v1/openapi?format=YAML"));
    }
}
