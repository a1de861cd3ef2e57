package cn.zugong.api.rules;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: the rule packs a plugin ships, national and per province. Rules marked as
 * provincial or inferred in the domain reference belong here, never in code.
 *
 * <pre>{@code
 * @Extension
 * public class TrainingRules implements RulePackContribution {
 *     public List<RulePack> rulePacks() {
 *         return List.of(new RulePack("training.hours", RulePack.NATIONAL, LocalDate.of(2023, 10, 1),
 *                 Map.of("county.hours.5y", "550", "township.hours.year", "90", "online.hours.year", "50")));
 *     }
 * }
 * }</pre>
 */
public interface RulePackContribution extends ExtensionPoint {

    List<RulePack> rulePacks();
}
