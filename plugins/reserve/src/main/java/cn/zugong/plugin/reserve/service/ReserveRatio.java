package cn.zugong.plugin.reserve.service;

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.ReserveRepository;
import java.util.Comparator;
import java.util.Optional;

/**
 * Item 6: a tier's reserve against the posts it backs: the approved members of the county's latest
 * batch of the tier, of the 职数 of the tier's post levels in the registry. No batch measures 0 of
 * the posts; a tier without post levels has no 职数 (0).
 */
public final class ReserveRatio {

    private final PluginContext context;
    private final RuleSource rules;
    private final RegistryFacts registry;

    public ReserveRatio(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.registry = new RegistryFacts(context);
    }

    public Measure of(TenantId county, String tier) {
        Optional<Batch> latest = context.persistence().inTransaction(em -> new ReserveRepository(em, county)
                .batches().stream().filter(b -> b.tier().equals(tier)).max(Comparator.comparing(Batch::year)));
        long members = latest.map(
                        b -> context
                                .persistence()
                                .inTransaction(em -> new ReserveRepository(em, county).candidates(b.id()))
                                .stream()
                                .filter(c -> c.state() == CandidateState.APPROVED)
                                .count())
                .orElse(0L);
        long posts = rules.rules(county, latest.map(Batch::referenceDate).orElse(rules.today()))
                .tier(tier)
                .map(t -> registry.posts(county, t).orElse(0))
                .orElse(0);
        return new Measure(members, posts);
    }
}
