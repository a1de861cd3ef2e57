package cn.zugong.api.rules;

import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: the rule packs a plugin ships, national and per province. Rules marked as
 * provincial or inferred in the domain reference belong here, never in code.
 *
 * {@snippet class=cn.zugong.api.snippets.RulesSnippets region=contribution :
 * @Extension
 * public class TrainingRules implements RulePackContribution {
 *     public List<RulePack> rulePacks() {
 *         return List.of(new RulePack("training.hours", RulePack.NATIONAL, LocalDate.of(2023, 10, 1),
 *                 Map.of("county.hours.5y", "550", "township.hours.year", "90", "online.hours.year", "50")));
 *     }
 * }
 * }
 */
public interface RulePackContribution extends ExtensionPoint {

    List<RulePack> rulePacks();

    /**
     * What is wrong with the values a county would have in force, checked before a county's
     * administrator saves an override: each problem names the key and a message of the plugin's
     * bundle. The administration page labels a key with the bundle's text of {@code
     * <packId>.rule.<key>} when the plugin has one.
     *
     * @param packId one of the plugin's packs
     * @param effective the values in force with the override applied
     * @since 1.1.0
     */
    default List<RuleProblem> problems(String packId, Map<String, String> effective) {
        return List.of();
    }
}
