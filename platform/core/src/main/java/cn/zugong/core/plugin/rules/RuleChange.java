package cn.zugong.core.plugin.rules;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.rules.RuleProblem;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.context.RuleOverrides;
import cn.zugong.core.plugin.context.RulePackResolver;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A county administrator changes one key of a plugin's rule pack: the plugin checks the values the
 * county would then have in force today, and only a change it finds nothing new wrong with is
 * saved (a problem the county already had, such as a province's value the plugin disputes, does
 * not block a change of another key). A blank value removes the override, so the key inherits
 * again; that is checked too.
 */
@ApplicationScoped
@Transactional
public class RuleChange {

    /** The longest value the overrides table holds. */
    static final int MAX_VALUE = 1000;

    /** A platform key: the plugin's check failed, so nothing is saved. */
    static final String CHECK_FAILED = "rules.error.checkFailed";

    @Inject
    CountyRules rules;

    @Inject
    RuleOverrides overrides;

    @Inject
    PluginHost host;

    @Inject
    Event<RulesChanged> rulesChanged;

    /**
     * Checks and saves the county's own value of a key ({@code value} blank: the override removed).
     *
     * @return the problems, each with a message key of the plugin's bundle (or the portal's
     *     {@code rules.error.*}); empty when the change is saved or changes nothing
     * @throws AccessDeniedException unless the caller is the county's tenant-admin
     */
    public List<RuleProblem> apply(String packId, String key, String value) {
        if (!CountyRules.mayEdit()) {
            throw new AccessDeniedException("error.access.denied");
        }
        TenantId county = TenancyHolder.current().writable().orElseThrow();
        String wanted = value == null ? "" : value.strip();
        Optional<PackSource> found = rules.source(packId);
        if (found.isEmpty()) {
            return List.of(new RuleProblem(key, "rules.error.unknownPack", List.of(packId)));
        }
        PackSource pack = found.get();
        Map<String, String> current = overrides.of(county, packId);
        if (!knownKeys(pack, county, current).contains(key)) {
            return List.of(new RuleProblem(key, "rules.error.unknownKey", List.of(key)));
        }
        if (wanted.length() > MAX_VALUE) {
            return List.of(new RuleProblem(key, "rules.error.tooLong", List.of(String.valueOf(MAX_VALUE))));
        }
        if (wanted.equals(current.getOrDefault(key, ""))) {
            return List.of();
        }
        Map<String, String> changed = new HashMap<>(current);
        if (wanted.isEmpty()) {
            changed.remove(key);
        } else {
            changed.put(key, wanted);
        }
        LocalDate today = rules.today();
        List<RuleProblem> problems = check(pack, key, effective(pack, county, today, changed));
        if (!problems.isEmpty() && !problems.getFirst().messageKey().equals(CHECK_FAILED)) {
            problems.removeAll(check(pack, key, effective(pack, county, today, current)));
        }
        if (problems.isEmpty()) {
            overrides.set(packId, key, wanted);
            rulesChanged.fire(new RulesChanged(county, packId));
        }
        return List.copyOf(problems);
    }

    /** The keys of any version, national or of the county's province, and those the county overrides. */
    private static Set<String> knownKeys(PackSource pack, TenantId county, Map<String, String> current) {
        Set<String> regions = Set.of(RulePack.NATIONAL, county.code().substring(0, 2));
        Set<String> keys = new HashSet<>(current.keySet());
        pack.versions().stream()
                .filter(version -> regions.contains(version.region()))
                .forEach(version -> keys.addAll(version.values().keySet()));
        return keys;
    }

    private static Map<String, String> effective(
            PackSource pack, TenantId county, LocalDate on, Map<String, String> countyValues) {
        return RulePackResolver.effective(pack.versions(), pack.packId(), county.code(), on, countyValues);
    }

    /**
     * What the plugin finds wrong with these values; a plugin that throws (or answers nothing) is
     * handled by the host's guard, and the change is refused with the platform's own problem.
     */
    private List<RuleProblem> check(PackSource pack, String key, Map<String, String> effective) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RulePackContribution checker : pack.checkers()) {
            Optional<List<RuleProblem>> answer = host.guard(
                    pack.pluginId(),
                    checker,
                    () -> Objects.requireNonNull(checker.problems(pack.packId(), effective), "no problems list"));
            if (answer.isEmpty()) {
                return new ArrayList<>(List.of(new RuleProblem(key, CHECK_FAILED, List.of(pack.pluginId()))));
            }
            answer.get().stream().filter(Objects::nonNull).forEach(problems::add);
        }
        return problems;
    }
}
