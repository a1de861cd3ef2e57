package cn.zugong.plugin.reserve.service;

import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.eligibility.Eligibility;
import cn.zugong.plugin.reserve.rules.RuleValues;
import cn.zugong.plugin.reserve.structure.Member;
import cn.zugong.plugin.reserve.structure.Row;
import cn.zugong.plugin.reserve.structure.StructureAnalysis;
import java.util.List;
import java.util.Map;

/**
 * The structure table of a batch (V-R1, V-R4): its approved members against the county's targets,
 * each member's gender and party membership read from the registry's file, and the 职数 of the
 * tier's post levels from the platform's quota. A member whose file does not record a fact is not
 * counted for it.
 */
public final class StructureService {

    private final RuleSource rules;
    private final CandidateService candidates;
    private final RegistryFacts registry;

    public StructureService(PluginContext context) {
        this.rules = new RuleSource(context);
        this.candidates = new CandidateService(context, ConcealmentFacts.of(context));
        this.registry = new RegistryFacts(context);
    }

    /** The rows of the batch's structure table; the under-age rows count ages at the reference date. */
    public List<Row> rows(TenantId county, Batch batch) {
        RuleValues values = rules.rules(county, batch.referenceDate());
        List<Candidate> approved = candidates.candidates(county, batch.id()).stream()
                .filter(c -> c.state() == CandidateState.APPROVED)
                .toList();
        Map<java.util.UUID, CadreProfile> files = registry.profiles(
                county, approved.stream().map(Candidate::cadreId).toList());
        Map<java.util.UUID, String> units =
                registry.units(county, approved.stream().map(Candidate::cadreId).toList(), batch.referenceDate());
        List<Member> members = approved.stream()
                .map(c -> {
                    CadreProfile file = files.get(c.cadreId());
                    return new Member(
                            c.name(),
                            units.getOrDefault(c.cadreId(), ""),
                            file != null && file.woman(),
                            file != null && file.politicalStatus().isPresent() && !file.partyMember(),
                            Eligibility.ageOn(c.birthDate(), batch.referenceDate()),
                            c.horizon());
                })
                .toList();
        return values.tier(batch.tier())
                .map(tier -> StructureAnalysis.rows(values, tier, registry.posts(county, tier), members))
                .orElse(List.of());
    }

    /** The age under which a member is young, for the table's label. */
    public int underAge(TenantId county, Batch batch) {
        return rules.rules(county, batch.referenceDate()).underAge();
    }
}
