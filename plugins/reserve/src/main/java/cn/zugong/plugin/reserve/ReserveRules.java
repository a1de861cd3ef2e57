package cn.zugong.plugin.reserve;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.rules.RuleProblem;
import cn.zugong.plugin.reserve.rules.RuleValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The reserve rule pack: the national values (DOMAIN §3, sources in {@code
 * reserve/rules-national.properties}) and an example provincial layer ({@code rules-51}). Almost
 * every value is [P] or [I]: the national 后备干部工作规定 was not retrieved, so the values are
 * those counties publish, to be confirmed and overridden per county.
 */
@Extension
public class ReserveRules implements RulePackContribution {

    /** The pack id to ask {@link cn.zugong.api.rules.RulePacks#effective} for. */
    public static final String PACK_ID = "reserve";

    /** The example provincial layer's region (Sichuan, where the demo counties are). */
    public static final String EXAMPLE_PROVINCE = "51";

    /** The selection regulation of 2019 (选拔任用条例), whose 注重使用后备干部 the reserve serves. */
    public static final LocalDate SELECTION_REGULATION_2019 = LocalDate.of(2019, 3, 3);

    private static final Map<String, String> NATIONAL =
            RulePack.values(ReserveRules.class, "/reserve/rules-national.properties");
    private static final Map<String, String> EXAMPLE =
            RulePack.values(ReserveRules.class, "/reserve/rules-51.properties");

    @Override
    public List<RulePack> rulePacks() {
        return List.of(
                new RulePack(PACK_ID, RulePack.NATIONAL, SELECTION_REGULATION_2019, NATIONAL),
                new RulePack(PACK_ID, EXAMPLE_PROVINCE, SELECTION_REGULATION_2019, EXAMPLE));
    }

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

    /** The example provincial layer's values. */
    public static Map<String, String> example() {
        return EXAMPLE;
    }
}
