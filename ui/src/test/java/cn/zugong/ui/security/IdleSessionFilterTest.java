package cn.zugong.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdleSessionFilterTest {

    private final FakeHttpSession http = new FakeHttpSession();
    private final List<String> redirects = new ArrayList<>();
    private boolean loggedOut;
    private boolean passed;

    @Test
    void aPageLoadInAnIdleEndedSessionSignsOutAndGoesToTheLogin() throws Exception {
        http.attributes.put(IdleSessions.ENDED, Boolean.TRUE);

        filter("/zugong/units", null);

        assertThat(loggedOut).isTrue();
        assertThat(http.invalid).isTrue();
        assertThat(redirects).containsExactly("/zugong/units");
        assertThat(passed).isFalse();
    }

    @Test
    void theOpenTabsOwnRequestsPassSoVaadinAnswersSessionExpired() throws Exception {
        http.attributes.put(IdleSessions.ENDED, Boolean.TRUE);

        filter("/zugong/", "v-r=uidl&v-uiId=0");

        assertThat(passed).isTrue();
        assertThat(http.invalid).isFalse();
    }

    @Test
    void aLiveSessionPasses() throws Exception {
        filter("/zugong/units", "q=1");

        assertThat(passed).isTrue();
        assertThat(loggedOut).isFalse();
        assertThat(http.invalid).isFalse();
    }

    private void filter(String uri, String query) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> http.invalid ? null : http.session();
                    case "getQueryString" -> query;
                    case "getRequestURI" -> uri;
                    case "logout" -> {
                        loggedOut = true;
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("sendRedirect")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    redirects.add((String) args[0]);
                    return null;
                });
        FilterChain chain = (req, res) -> passed = true;
        new IdleSessionFilter().doFilter(request, response, chain);
    }
}
