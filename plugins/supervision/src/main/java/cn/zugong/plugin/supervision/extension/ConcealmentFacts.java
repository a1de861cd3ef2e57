package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.fact.CadreFact;
import cn.zugong.api.fact.CadreFactSource;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.service.Standing;
import java.util.List;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * The concealment finding as a fact other plugins read ({@link CadreFact#CONCEALMENT}): DOMAIN §3.1
 * [V], a cadre who deliberately concealed personal matters is "不得列入后备干部人选", which the reserve
 * module checks through the SDK without knowing this module.
 */
@Extension
public class ConcealmentFacts implements CadreFactSource {

    private final PluginContext context;
    private final Standing standing;

    public ConcealmentFacts(PluginContext context) {
        this.context = context;
        this.standing = new Standing(context);
    }

    @Override
    public List<CadreFact> facts(TenantId county, UUID cadreId) {
        return standing.concealment(county, cadreId)
                .map(f -> List.of(new CadreFact(
                        CadreFact.CONCEALMENT,
                        cadreId,
                        context.pluginId(),
                        f.decidedOn().orElseThrow(),
                        "supervision.fact.concealment",
                        List.of(String.valueOf(f.year())))))
                .orElse(List.of());
    }
}
