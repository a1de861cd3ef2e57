package cn.zugong.core.intake.domain;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The challenges already spent, kept until they would have expired anyway (after that the
 * signature's time check refuses them). In memory, per node: behind the sticky load balancer an
 * address keeps to one node. Bounded: past {@link #MAX} entries the expired ones are dropped, and
 * if none is expired new challenges are refused rather than memory growing (a flood of solved
 * challenges is exactly what the proof of work makes expensive).
 */
final class UsedNonces {

    static final int MAX = 200_000;

    private final Map<String, Long> spent = new ConcurrentHashMap<>();
    private final Clock clock;

    UsedNonces(Clock clock) {
        this.clock = clock;
    }

    /** Spends a challenge valid until {@code expiresAt} (epoch seconds); false when spent before. */
    boolean spend(String challenge, long expiresAt) {
        long now = clock.instant().getEpochSecond();
        if (spent.size() >= MAX) {
            spent.values().removeIf(until -> until < now);
            if (spent.size() >= MAX) {
                return false;
            }
        }
        return spent.putIfAbsent(challenge, expiresAt) == null;
    }
}
