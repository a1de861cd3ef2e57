package cn.zugong.plugin.training.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.data.RecordEntry;
import cn.zugong.plugin.training.data.RecordRepository;
import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.requirement.CreditedRecord;
import cn.zugong.plugin.training.requirement.Pace;
import cn.zugong.plugin.training.requirement.RequirementCalculator;
import cn.zugong.plugin.training.requirement.TenantStandings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a county's cadres stand with the training requirement (DOMAIN T1, T3, T5, V-T1, V-T2,
 * V-T4): the registry's cadres in office against the county's credited records and the rules in
 * force on the date.
 */
public final class StandingService {

    private final PluginContext context;
    private final RuleSource rules;

    public StandingService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
    }

    /** The county's cadres in office, ordered by name, as the registry lists them. */
    public List<CadreRef> cadres(TenantId county) {
        return context.cadres().active().stream()
                .filter(c -> c.tenant().equals(county))
                .toList();
    }

    /** Every cadre in office of the county, assessed on {@code on}. */
    public TenantStandings standings(TenantId county, LocalDate on) {
        var credit = rules.credit(county, on);
        List<CreditedRecord> records =
                context.persistence().inTransaction(em -> new RecordRepository(em, county).all());
        return TenantStandings.assess(cadres(county), records, credit, on);
    }

    /**
     * The county's cadres falling behind on {@code on} ([I] pace rule), once per period behind.
     *
     * @throws UnreadableRulesException when the county's rules cannot be read
     */
    public List<Pace.Lagging> lagging(TenantId county, LocalDate on) {
        return lagging(county, standings(county, on), on);
    }

    /** The cadres of standings already worked out for {@code on} who are falling behind. */
    public List<Pace.Lagging> lagging(TenantId county, TenantStandings standings, LocalDate on) {
        return Pace.lagging(standings, on, rules.credit(county, on).pace());
    }

    /** One cadre of the county, assessed on {@code on}; empty when the registry has no such cadre here. */
    public Optional<Assessment> assess(TenantId county, UUID cadreId, LocalDate on) {
        return context.cadres()
                .find(cadreId)
                .filter(c -> c.tenant().equals(county))
                .map(cadre -> assess(county, cadre, on));
    }

    /**
     * One cadre assessed on {@code on}; with the post level of {@code cadre} (which a caller may set
     * to the level of a post the cadre is about to take).
     */
    public Assessment assess(TenantId county, CadreRef cadre, LocalDate on) {
        var credit = rules.credit(county, on);
        List<CreditedRecord> records =
                records(county, cadre.id()).stream().map(RecordEntry::record).toList();
        return RequirementCalculator.assess(cadre, records, credit, on);
    }

    /** One cadre's credited records, latest first. */
    public List<RecordEntry> records(TenantId county, UUID cadreId) {
        return context.persistence().inTransaction(em -> new RecordRepository(em, county).ofCadre(cadreId));
    }

    /** Today, by the platform's clock. */
    public LocalDate today() {
        return rules.today();
    }
}
