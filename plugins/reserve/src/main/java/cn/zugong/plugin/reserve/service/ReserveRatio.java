package cn.zugong.plugin.reserve.service;

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.ReserveRepository;
import java.util.Comparator;

/**
 * Item 6: a tier's reserve against the posts it backs, from the county's latest batch of the tier:
 * its approved members of its 职数. No batch, or one without 职数, measures 0 of 0.
 */
public final class ReserveRatio {

    private final PluginContext context;

    public ReserveRatio(PluginContext context) {
        this.context = context;
    }

    public Measure of(TenantId county, String tier) {
        return context.persistence().inTransaction(em -> {
            ReserveRepository repository = new ReserveRepository(em, county);
            return repository.batches().stream()
                    .filter(b -> b.tier().equals(tier))
                    .max(Comparator.comparing(Batch::year))
                    .map(b -> new Measure(
                            repository.candidates(b.id()).stream()
                                    .filter(c -> c.state() == CandidateState.APPROVED)
                                    .count(),
                            b.posts().orElse(0)))
                    .orElse(new Measure(0, 0));
        });
    }
}
