package cn.zugong.plugin.reserve.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.eligibility.Eligibility;
import cn.zugong.plugin.reserve.rules.RuleValues;
import cn.zugong.plugin.reserve.structure.Member;
import cn.zugong.plugin.reserve.structure.Row;
import cn.zugong.plugin.reserve.structure.StructureAnalysis;
import java.util.List;

/** The structure table of a batch (V-R1): its approved members against the county's targets. */
public final class StructureService {

    private final RuleSource rules;
    private final CandidateService candidates;

    public StructureService(PluginContext context) {
        this.rules = new RuleSource(context);
        this.candidates = new CandidateService(context, ConcealmentFacts.of(context));
    }

    /** The rows of the batch's structure table; the under-age rows count ages at the reference date. */
    public List<Row> rows(TenantId county, Batch batch) {
        RuleValues values = rules.rules(county, batch.referenceDate());
        List<Member> members = candidates.candidates(county, batch.id()).stream()
                .filter(c -> c.state() == CandidateState.APPROVED)
                .map(c -> new Member(
                        c.woman(), c.nonParty(), Eligibility.ageOn(c.birthDate(), batch.referenceDate()), c.horizon()))
                .toList();
        return values.tier(batch.tier())
                .map(tier -> StructureAnalysis.rows(values, tier, batch.posts(), members))
                .orElse(List.of());
    }

    /** The age under which a member is young, for the table's label. */
    public int underAge(TenantId county, Batch batch) {
        return rules.rules(county, batch.referenceDate()).underAge();
    }
}
