package cn.zugong.ui.publicpage;

import cn.zugong.core.security.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/**
 * The limits of one public page per client address: all requests (against a flood) and failed
 * attempts (against guessing). A room of voters often shares one address behind the venue's
 * router, so only failures are counted tightly; a typo now and then stays far below the limit.
 * The address is the connection's: the proxy in front is trusted to pass it (WildFly's
 * proxy-address-forwarding), never a header the client sets.
 */
public final class ClientLimits {

    private final RateLimiter requests;
    private final RateLimiter failures;

    /**
     * @param requestsPerMinute requests one address may make per minute
     * @param failuresPerTenMinutes failed attempts one address may make per ten minutes
     */
    public ClientLimits(int requestsPerMinute, int failuresPerTenMinutes) {
        this.requests = new RateLimiter(requestsPerMinute, Duration.ofMinutes(1));
        this.failures = new RateLimiter(failuresPerTenMinutes, Duration.ofMinutes(10));
    }

    /** Counts the request; false when its address is over either limit. */
    public boolean admit(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return requests.tryAcquire(address) && !failures.exhausted(address);
    }

    /** Counts a failed attempt of the request's address. */
    public void failed(HttpServletRequest request) {
        failures.tryAcquire(request.getRemoteAddr());
    }
}
