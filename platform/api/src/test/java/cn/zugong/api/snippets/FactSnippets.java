package cn.zugong.api.snippets;

import cn.zugong.api.fact.CadreFact;
import cn.zugong.api.fact.CadreFactSource;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pf4j.Extension;

// spotless:off
class FactSnippets {

    record Finding(LocalDate decidedOn, String year) {}

    static final class Findings {
        Findings(PluginContext context) {}

        Optional<Finding> openConcealment(TenantId county, UUID cadreId) {
            return Optional.empty();
        }
    }
    @Extension // @start region=source
    public class Concealments implements CadreFactSource {
        private final Findings findings;
        public Concealments(PluginContext context) { this.findings = new Findings(context); }
        public List<CadreFact> facts(TenantId county, UUID cadreId) {
            return findings.openConcealment(county, cadreId)
                    .map(f -> List.of(new CadreFact(CadreFact.CONCEALMENT, cadreId, "supervision",
                            f.decidedOn(), "supervision.fact.concealment", List.of(f.year()))))
                    .orElse(List.of());
        }
    }
    // @end

    boolean read(PluginContext context, TenantId county, UUID cadreId) {
        boolean barred = context.cadreFacts().holds(county, cadreId, CadreFact.CONCEALMENT); // @start region=read
        // @end
        return barred;
    }
}
// spotless:on
