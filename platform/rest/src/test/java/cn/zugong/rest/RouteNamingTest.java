package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.rest.audit.PlatformAuditResource;
import org.junit.jupiter.api.Test;

/** Requests are timed and logged under their operation's template, never the path with its ids. */
class RouteNamingTest {

    @Test
    void anOperationIsNamedByItsClassAndMethodTemplates() throws Exception {
        assertThat(RouteNaming.template(UnitResource.class, UnitResource.class.getMethod("get", String.class)))
                .isEqualTo("units/{id}");
        assertThat(RouteNaming.template(PlatformAuditResource.class, PlatformAuditResource.class.getMethod("verify")))
                .isEqualTo("platform/audit/verify");
    }
}
