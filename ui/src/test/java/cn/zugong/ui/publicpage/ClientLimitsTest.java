package cn.zugong.ui.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * The public page's limits per address: failed attempts shut an address out long before guessing
 * could matter, its successes do not count against it, and another address is not slowed down.
 */
class ClientLimitsTest {

    private static HttpServletRequest from(String address) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                ClientLimitsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRemoteAddr")) {
                        return address;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void anAddressWithTooManyFailedCodesIsRefusedAndAnotherIsNot() {
        ClientLimits limits = new ClientLimits(1000, 3);
        HttpServletRequest guesser = from("203.0.113.7");
        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit(guesser)).isTrue();
            limits.failed(guesser);
        }
        assertThat(limits.admit(guesser)).isFalse();
        assertThat(limits.admit(from("203.0.113.8"))).isTrue();
    }

    @Test
    void aRoomBehindOneRouterVotesWithoutHittingTheFailureLimit() {
        ClientLimits limits = new ClientLimits(1000, 3);
        HttpServletRequest room = from("198.51.100.1");
        for (int i = 0; i < 400; i++) {
            assertThat(limits.admit(room)).as("request %d", i).isTrue();
        }
        limits.failed(room);
        assertThat(limits.admit(room)).isTrue();
    }

    @Test
    void aFloodFromOneAddressIsCutAtTheRequestLimit() {
        ClientLimits limits = new ClientLimits(10, 30);
        HttpServletRequest flood = from("192.0.2.1");
        for (int i = 0; i < 10; i++) {
            assertThat(limits.admit(flood)).isTrue();
        }
        assertThat(limits.admit(flood)).isFalse();
    }
}
