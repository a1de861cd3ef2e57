package cn.zugong.plugin.training.extension;

import cn.zugong.api.fact.CadreFact;
import cn.zugong.api.fact.CadreFactSource;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.requirement.PeriodStanding;
import cn.zugong.plugin.training.service.StandingService;
import cn.zugong.plugin.training.service.UnreadableRulesException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * The training standing as a fact other modules read through the SDK's {@code CadreFacts} (the
 * reserve module's annual review reads it): {@value #SHORT} while a cadre is short of the training
 * requirement of the current period (DOMAIN 1.1, 1.2), with the hours required and done. A cadre
 * who meets it, or to whom no requirement applies, has no fact.
 */
@Extension
public class StandingFacts implements CadreFactSource {

    /** The cadre is short of the period's training requirement. */
    public static final String SHORT = "training.short";

    private final PluginContext context;
    private final StandingService standings;

    public StandingFacts(PluginContext context) {
        this.context = context;
        this.standings = new StandingService(context);
    }

    @Override
    public List<CadreFact> facts(TenantId county, UUID cadreId) {
        LocalDate today = LocalDate.now(context.clock());
        try {
            return standings
                    .assess(county, cadreId, today)
                    .filter(Assessment.Applicable.class::isInstance)
                    .map(a -> ((Assessment.Applicable) a).tierStanding())
                    .filter(s -> !s.trainingMet())
                    .map(s -> List.of(fact(cadreId, s)))
                    .orElse(List.of());
        } catch (UnreadableRulesException e) {
            return List.of();
        }
    }

    private CadreFact fact(UUID cadreId, PeriodStanding standing) {
        return new CadreFact(
                SHORT,
                cadreId,
                context.pluginId(),
                standing.period().from(),
                "training.fact.short",
                List.of(text(standing.requiredHours()), text(standing.achievedHours())));
    }

    private static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
