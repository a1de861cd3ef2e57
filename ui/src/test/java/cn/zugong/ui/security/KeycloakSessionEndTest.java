package cn.zugong.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.admin.IdentityAdmin;
import cn.zugong.core.admin.IdentityUnavailableException;
import jakarta.servlet.http.HttpSessionEvent;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeycloakSessionEndTest {

    private final List<String> ended = new ArrayList<>();
    private final IdentityAdmin identity = (IdentityAdmin) Proxy.newProxyInstance(
            IdentityAdmin.class.getClassLoader(), new Class<?>[] {IdentityAdmin.class}, (proxy, method, args) -> {
                if (!method.getName().equals("endSession")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                if ("unreachable".equals(args[0])) {
                    throw new IdentityUnavailableException("Keycloak unreachable");
                }
                ended.add((String) args[0]);
                return null;
            });

    @Test
    void anEndedPortalSessionEndsItsKeycloakSession() {
        FakeHttpSession http = new FakeHttpSession();
        http.attributes.put(KeycloakSessionEnd.ATTRIBUTE, "sid-1");

        new KeycloakSessionEnd(identity).sessionDestroyed(new HttpSessionEvent(http.session()));

        assertThat(ended).containsExactly("sid-1");
    }

    @Test
    void aSessionWithoutKeycloakSessionEndsNothing() {
        FakeHttpSession http = new FakeHttpSession();

        new KeycloakSessionEnd(identity).sessionDestroyed(new HttpSessionEvent(http.session()));

        assertThat(ended).isEmpty();
    }

    @Test
    void anUnreachableKeycloakDoesNotFailTheContainersCleanUp() {
        FakeHttpSession http = new FakeHttpSession();
        http.attributes.put(KeycloakSessionEnd.ATTRIBUTE, "unreachable");

        new KeycloakSessionEnd(identity).sessionDestroyed(new HttpSessionEvent(http.session()));

        assertThat(ended).isEmpty();
    }
}
