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

    public BatchService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
    }

    public List<Batch> batches(TenantId county) {
        return context.persistence().inTransaction(em -> new ReserveRepository(em, county).batches());
    }

    public Optional<Batch> batch(TenantId county, UUID id) {
        return context.persistence().inTransaction(em -> new ReserveRepository(em, county).batch(id));
    }

    /** The county's tiers in force on {@code day}, in the pack's order. */
    public List<String> tiers(TenantId county, LocalDate day) {
        return List.copyOf(rules.rules(county, day).tiers().keySet());
    }

    /**
     * Opens a batch; refused for a tier the county does not have, a second batch of the same year
     * and tier, or a negative number of posts.
     */
    public List<Problem> create(TenantId county, int year, String tier, LocalDate referenceDate, OptionalInt posts) {
        Counties.requireWritable(context.tenancy(), county);
        if (rules.rules(county, referenceDate).tier(tier).isEmpty()) {
            return List.of(Problem.of("tier", "reserve.batch.unknownTier", tier));
        }
        if (posts.isPresent() && posts.getAsInt() < 0) {
            return List.of(Problem.of("posts", "reserve.batch.posts"));
        }
        if (batches(county).stream().anyMatch(b -> b.year() == year && b.tier().equals(tier))) {
            return List.of(Problem.of("year", "reserve.batch.exists", year));
        }
        Batch batch = context.persistence().inTransaction(em -> new ReserveRepository(em, county)
                .addBatch(year, tier, referenceDate, posts, context.clock().instant()));
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
