package cn.zugong.plugin.example;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The example plugin's memory, per county: cadres put on hold (whose appointment its gate blocks)
 * and the cadre events it has observed. Kept in memory only: the example shows the extension
 * points, not persistence, and forgets everything when the server stops.
 */
final class HoldList {

    private static final Map<TenantId, Map<UUID, String>> HOLDS = new ConcurrentHashMap<>();
    private static final Map<TenantId, List<CadreEvent>> EVENTS = new ConcurrentHashMap<>();

    private HoldList() {}

    static void hold(TenantId tenant, UUID cadre, String reason) {
        HOLDS.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>()).put(cadre, reason);
    }

    static void release(TenantId tenant, UUID cadre) {
        HOLDS.getOrDefault(tenant, Map.of()).remove(cadre);
    }

    static Optional<String> reason(TenantId tenant, UUID cadre) {
        return Optional.ofNullable(HOLDS.getOrDefault(tenant, Map.of()).get(cadre));
    }

    static Map<UUID, String> holds(TenantId tenant) {
        return Map.copyOf(HOLDS.getOrDefault(tenant, Map.of()));
    }

    static void observed(CadreEvent event) {
        EVENTS.computeIfAbsent(event.tenant(), t -> new CopyOnWriteArrayList<>())
                .add(event);
    }

    static List<CadreEvent> events(TenantId tenant) {
        return List.copyOf(EVENTS.getOrDefault(tenant, List.of()));
    }
}
