package cn.zugong.api.fact;

import cn.zugong.api.tenant.TenantId;
import java.util.List;
import java.util.UUID;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: the facts a plugin establishes about cadres, which other plugins read through
 * {@link CadreFacts}. The platform asks the sources of the plugins the county enabled, inside the
 * reader's transaction and tenancy; a source that throws is left out (and its plugin stopped), so
 * a reader must treat an absent fact as "not known here", not as a clearance.
 *
 * {@snippet class=cn.zugong.api.snippets.FactSnippets region=source :
 * @Extension
 * public class Concealments implements CadreFactSource {
 *     private final Findings findings;
 *     public Concealments(PluginContext context) { this.findings = new Findings(context); }
 *     public List<CadreFact> facts(TenantId county, UUID cadreId) {
 *         return findings.openConcealment(county, cadreId)
 *                 .map(f -> List.of(new CadreFact(CadreFact.CONCEALMENT, cadreId, "supervision",
 *                         f.decidedOn(), "supervision.fact.concealment", List.of(f.year()))))
 *                 .orElse(List.of());
 *     }
 * }
 * }
 *
 * @since 1.3.0
 */
public interface CadreFactSource extends ExtensionPoint {

    /** The facts that hold today for one cadre of {@code county}; empty when none. */
    List<CadreFact> facts(TenantId county, UUID cadreId);
}
