package cn.zugong.plugin.reserve.service;

import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.data.Candidate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Item 6: the figures of a county's whole pool for the dashboard: the shares of women and of
 * non-party members among the approved members (from the registry's files), and the members
 * reviewed for the review year among all members.
 */
public final class PoolIndicators {

    private final PoolService pool;
    private final ReviewService reviews;
    private final RegistryFacts registry;

    public PoolIndicators(PluginContext context) {
        this.pool = new PoolService(context);
        this.reviews = new ReviewService(context);
        this.registry = new RegistryFacts(context);
    }

    public Measure women(TenantId county) {
        return share(county, CadreProfile::woman);
    }

    public Measure nonParty(TenantId county) {
        return share(county, p -> p.politicalStatus().isPresent() && !p.partyMember());
    }

    /** The members not due for review of all members (all reviewed: the whole pool). */
    public Measure reviewed(TenantId county) {
        int members = pool.members(county).size();
        return new Measure(members - reviews.due(county).size(), members);
    }

    private Measure share(TenantId county, Predicate<CadreProfile> counted) {
        List<Candidate> members = pool.members(county);
        Map<java.util.UUID, CadreProfile> files = registry.profiles(
                county, members.stream().map(Candidate::cadreId).toList());
        long count = members.stream()
                .map(m -> files.get(m.cadreId()))
                .filter(f -> f != null && counted.test(f))
                .count();
        return new Measure(count, members.size());
    }
}
