package cn.zugong.plugin.rotation;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.rules.RuleProblem;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The rotation rule pack: the national values (DOMAIN §2, with their sources in {@code
 * rotation/rules-national.properties}) and Gansu's tightening of V-E7. Values marked [P] or [I]
 * there are the ones a province or county is expected to override; {@link RuleValues} reads them.
 */
@Extension
public class RotationRules implements RulePackContribution {

    /** The pack id to ask {@link cn.zugong.api.rules.RulePacks#effective} for. */
    public static final String PACK_ID = "rotation";

    /** Gansu's province code: its rule is the source of V-E7 (DOMAIN §2.1). */
    public static final String GANSU = "62";

    /** The 2006 exchange, avoidance and term regulations (交流规定, 回避规定, 任期规定), issued 6 August 2006. */
    public static final LocalDate REGULATIONS_2006 = LocalDate.of(2006, 8, 6);

    private static final Map<String, String> NATIONAL =
            RulePack.values(RotationRules.class, "/rotation/rules-national.properties");
    private static final Map<String, String> GANSU_VALUES =
            RulePack.values(RotationRules.class, "/rotation/rules-62.properties");

    @Override
    public List<RulePack> rulePacks() {
        return List.of(
                new RulePack(PACK_ID, RulePack.NATIONAL, REGULATIONS_2006, NATIONAL),
                new RulePack(PACK_ID, GANSU, REGULATIONS_2006, GANSU_VALUES));
    }

    /** The values a county would have in force, checked before its administrator saves an override. */
    @Override
    public List<RuleProblem> problems(String packId, Map<String, String> effective) {
        if (!PACK_ID.equals(packId)) {
            return List.of();
        }
        return RuleValues.problems(effective).stream()
                .map(p -> RuleProblem.of(p.field(), p.key(), p.args()))
                .toList();
    }

    /** The national values: what a key missing from a county's effective rules falls back to. */
    public static Map<String, String> defaults() {
        return NATIONAL;
    }
}
