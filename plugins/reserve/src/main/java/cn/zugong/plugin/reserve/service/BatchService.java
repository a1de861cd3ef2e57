package cn.zugong.plugin.reserve.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.ReserveRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** A county's reserve batches: one per year and tier of the county's rule pack (DOMAIN §3.3). */
public final class BatchService {

    private final PluginContext context;
    private final RuleSource rules;
    private final RegistryFacts registry;

    public BatchService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.registry = new RegistryFacts(context);
    }

    public List<Batch> batches(TenantId county) {
        return context.persistence().inTransaction(em -> new ReserveRepository(em, county).batches());
    }

    public Optional<Batch> batch(TenantId county, UUID id) {
        return context.persistence().inTransaction(em -> new ReserveRepository(em, county).batch(id));
    }

    /** The 职数 the batch's tier backs, from the registry; empty when the tier names no post level. */
    public OptionalInt posts(TenantId county, Batch batch) {
        return rules.rules(county, batch.referenceDate())
                .tier(batch.tier())
                .map(t -> registry.posts(county, t))
                .orElse(OptionalInt.empty());
    }

    /** The county's tiers in force on {@code day}, in the pack's order. */
    public List<String> tiers(TenantId county, LocalDate day) {
        return List.copyOf(rules.rules(county, day).tiers().keySet());
    }

    /**
     * Opens a batch; refused for a tier the county does not have or a second batch of the same year
     * and tier. The 职数 it backs is the registry's.
     */
    public List<Problem> create(TenantId county, int year, String tier, LocalDate referenceDate) {
        Counties.requireWritable(context.tenancy(), county);
        if (rules.rules(county, referenceDate).tier(tier).isEmpty()) {
            return List.of(Problem.of("tier", "reserve.batch.unknownTier", tier));
        }
        if (batches(county).stream().anyMatch(b -> b.year() == year && b.tier().equals(tier))) {
            return List.of(Problem.of("year", "reserve.batch.exists", year));
        }
        Batch batch = context.persistence().inTransaction(em -> new ReserveRepository(em, county)
                .addBatch(year, tier, referenceDate, context.clock().instant()));
        context.audit()
                .record(
                        AuditedActions.BATCH_CREATE,
                        AuditedActions.BATCH,
                        batch.id().toString(),
                        year + " " + tier,
                        Map.of(),
                        Map.of("year", year, "tier", tier, "referenceDate", referenceDate.toString()));
        return List.of();
    }
}
