package cn.zugong.core.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (a client address, a ballot session) in fixed windows and says when a
 * key has used up its allowance. In memory, per node: behind a sticky load balancer a client keeps
 * to one node, and a limit that is a few times too generous across nodes still makes guessing a
 * 58-bit code useless. Forgets windows that ended once it holds many keys, so a flood of addresses
 * cannot grow it without bound.
 */
public final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit " + limit + " per " + window);
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    public RateLimiter(int limit, Duration window) {
        this(limit, window, Clock.systemUTC());
    }

    /** Counts an attempt of a key; false when the key is over its limit in the current window. */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(w -> w.start + windowMillis <= now);
        }
        Window w = windows.compute(
                key,
                (k, old) -> old == null || old.start + windowMillis <= now
                        ? new Window(now, 1)
                        : new Window(old.start, old.count + 1));
        return w.count <= limit;
    }

    /** Whether a key is over its limit now, without counting an attempt. */
    public boolean exhausted(String key) {
        Window w = windows.get(key);
        return w != null && w.start + windowMillis > clock.millis() && w.count >= limit;
    }

    public int limit() {
        return limit;
    }

    private record Window(long start, int count) {}
}
