package cn.zugong.core.plugin.notice;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which of a county's notices one reader sees, as a query condition on {@code PluginNotice n}: of
 * the county, of a plugin the county has enabled, for a permission the reader holds. The rule is
 * {@code PluginGrants.rolesFor}'s: the county's granted roles once it granted the permission, the
 * permission's default roles until then; put in the query so that pages and counts come from the
 * database.
 */
record NoticeAudience(
        String county,
        String username,
        Set<String> enabled,
        Set<String> heldGranted,
        Set<String> grantedIds,
        Set<String> heldDefaults) {

    /**
     * @param granted the county's grants (permission to roles)
     * @param storedDefaults the default-role lists the county's notices carry, as stored
     * @param holds whether the reader holds a role
     */
    static NoticeAudience of(
            String county,
            String username,
            Set<String> enabled,
            Map<String, Set<String>> granted,
            List<String> storedDefaults,
            Predicate<String> holds) {
        Set<String> heldGranted = granted.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(holds))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> heldDefaults = storedDefaults.stream()
                .filter(roles ->
                        !roles.isEmpty() && Set.of(roles.split(",")).stream().anyMatch(holds))
                .collect(Collectors.toSet());
        return new NoticeAudience(county, username, enabled, heldGranted, granted.keySet(), heldDefaults);
    }

    /** Whether the reader may see any notice at all. */
    boolean seesAny() {
        return !enabled.isEmpty() && (!heldGranted.isEmpty() || !heldDefaults.isEmpty());
    }

    /** The condition; only when {@link #seesAny()}. */
    String where() {
        List<String> audience = new ArrayList<>();
        if (!heldGranted.isEmpty()) {
            audience.add("n.permission in :heldGranted");
        }
        if (!heldDefaults.isEmpty()) {
            audience.add(
                    grantedIds.isEmpty()
                            ? "n.defaultRoles in :heldDefaults"
                            : "(n.permission not in :grantedIds and n.defaultRoles in :heldDefaults)");
        }
        return "n.tenantId = :county and n.pluginId in :enabled and (" + String.join(" or ", audience) + ")";
    }

    /** Binds the condition's parameters. */
    <Q extends Query> Q bind(Q query) {
        query.setParameter("county", county);
        query.setParameter("enabled", enabled);
        if (!heldGranted.isEmpty()) {
            query.setParameter("heldGranted", heldGranted);
        }
        if (!heldDefaults.isEmpty()) {
            query.setParameter("heldDefaults", heldDefaults);
            if (!grantedIds.isEmpty()) {
                query.setParameter("grantedIds", grantedIds);
            }
        }
        return query;
    }
}
