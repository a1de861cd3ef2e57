package cn.zugong.plugin.supervision;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.rules.RuleProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The supervision rule packs: national values and Sichuan's wider personal-matters scope. Each
 * value is in {@code supervision/rules-*.properties} with its source in DOMAIN §4; [P] and [I]
 * values are the ones a province or county is expected to override. {@link Limits} reads them.
 */
@Extension
public class SupervisionRules implements RulePackContribution {

    public static final String PACK_ID = "supervision";

    /** The 2019 selection regulations (选拔任用条例), in force from 17 March 2019. */
    public static final LocalDate REGULATIONS_2019 = LocalDate.of(2019, 3, 17);

    public static final String SICHUAN = "51";

    private static final Map<String, String> NATIONAL =
            RulePack.values(SupervisionRules.class, "/supervision/rules-national.properties");
    private static final Map<String, String> SICHUAN_VALUES =
            RulePack.values(SupervisionRules.class, "/supervision/rules-51.properties");

    @Override
    public List<RulePack> rulePacks() {
        return List.of(
                new RulePack(PACK_ID, RulePack.NATIONAL, REGULATIONS_2019, NATIONAL),
                new RulePack(PACK_ID, SICHUAN, REGULATIONS_2019, SICHUAN_VALUES));
    }

    /** A county's values checked before its administrator saves an override. */
    @Override
    public List<RuleProblem> problems(String packId, Map<String, String> effective) {
        if (!PACK_ID.equals(packId)) {
            return List.of();
        }
        return Limits.problems(effective).stream()
                .map(p -> RuleProblem.of(p.field(), p.key(), p.args()))
                .toList();
    }

    /** The national values, for keys a county's effective rules lack. */
    public static Map<String, String> defaults() {
        return NATIONAL;
    }
}
