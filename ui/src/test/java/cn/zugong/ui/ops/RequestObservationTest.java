package cn.zugong.ui.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.Tenancy;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a request is named in the metrics and the log: its kind, its route template, its tenant. */
class RequestObservationTest {

    @Test
    void aRequestIsOfTheKindItsPathAndVaadinsParameterSay() {
        assertThat(RequestObservation.kind(request("/api/v1/units/1f0e", Map.of())))
                .isEqualTo("api");
        assertThat(RequestObservation.kind(request("/", Map.of("v-r", "uidl", "v-uiId", "0"))))
                .isEqualTo("uidl");
        assertThat(RequestObservation.kind(request("/", Map.of("v-r", "heartbeat"))))
                .isEqualTo("heartbeat");
        assertThat(RequestObservation.kind(request("/VAADIN/build/bundle.js", Map.of())))
                .isEqualTo("resource");
        assertThat(RequestObservation.kind(request("/icons/icon.png", Map.of())))
                .isEqualTo("resource");
        assertThat(RequestObservation.kind(request("/cadres/3b1c", Map.of()))).isEqualTo("page");
        assertThat(RequestObservation.kind(request("/", Map.of("v-r", "<script>"))))
                .isEqualTo("page");
    }

    @Test
    void withoutATemplateARequestIsNamedByItsKindNeverByItsPath() {
        assertThat(RequestObservation.route(request("/cadres/3b1c", Map.of()), "page"))
                .isEqualTo("page");
    }

    @Test
    void theTenantIsTheOneWrittenElseTheOneReadElseTheScopesSize() {
        TenantId wenjiang = new TenantId("510115");
        TenantId pidu = new TenantId("510117");
        assertThat(RequestObservation.tenant(Tenancy.writing(wenjiang))).isEqualTo("510115");
        assertThat(RequestObservation.tenant(Tenancy.reading(Set.of(pidu)))).isEqualTo("510117");
        assertThat(RequestObservation.tenant(Tenancy.reading(Set.of(wenjiang, pidu))))
                .isEqualTo("scope:2");
        assertThat(RequestObservation.tenant(Tenancy.reading(Set.of()))).isNull();
    }

    private static HttpServletRequest request(String path, Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                RequestObservationTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getAttribute", "getSession" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
