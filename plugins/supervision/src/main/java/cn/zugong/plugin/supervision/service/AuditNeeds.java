package cn.zugong.plugin.supervision.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.SupervisionRules;
import cn.zugong.plugin.supervision.data.EconAuditEntity;
import cn.zugong.plugin.supervision.data.EconAuditRepository;
import cn.zugong.plugin.supervision.econ.AuditKind;
import cn.zugong.plugin.supervision.econ.AuditScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which economic responsibility audits the county's selection cases need (DOMAIN §4.6, §4.3): a
 * candidate holding an audited post ({@link AuditScope}) needs a 任前 audit before a promotion is
 * decided, and a 离任 audit when the case takes him out of the post. An audit counts for the case it
 * is linked to. Runs for the platform (a gate, the dashboard) whoever the user is, and answers with
 * names of posts and states only.
 */
public final class AuditNeeds {

    /** Where the needed audit stands. */
    public enum State {
        MISSING,
        IN_PROGRESS,
        DONE
    }

    /**
     * An audit a case needs.
     *
     * @param caseId the selection case
     * @param career the candidate
     * @param kind the audit needed
     * @param post the audited post the candidate holds
     * @param state whether the case's audit of that kind is recorded, and reported
     */
    public record Need(UUID caseId, CadreCareer career, AuditKind kind, String post, State state) {

        /** Whether the case has what it needs: a 任前 audit reported, a 离任 audit at least started. */
        public boolean inPlace() {
            return state == State.DONE || (kind == AuditKind.LEAVING && state == State.IN_PROGRESS);
        }
    }

    private final PluginContext context;
    private final Rules rules;

    public AuditNeeds(PluginContext context) {
        this.context = context;
        this.rules = new Rules(context);
    }

    /** The audit the candidate of a case needs, if he holds an audited post on {@code on}. */
    public Optional<Need> of(
            TenantId county, UUID caseId, UUID cadreId, SelectionKind kind, boolean promotion, LocalDate on) {
        Optional<CadreCareer> career =
                context.careers().of(cadreId).filter(c -> c.tenant().equals(county));
        if (career.isEmpty()) {
            return Optional.empty();
        }
        return need(county, scope(county), unitTypes(), caseId, career.get(), AuditKind.neededBy(kind, promotion), on);
    }

    /** The audits the county's open selection cases need, case by case. */
    public List<Need> openCases(TenantId county) {
        AuditScope scope = scope(county);
        Map<UUID, String> types = unitTypes();
        LocalDate today = rules.today();
        List<Need> needs = new ArrayList<>();
        for (CaseRef selection : context.selectionCases().open()) {
            for (UUID cadre : selection.cadres()) {
                context.careers()
                        .of(cadre)
                        .filter(c -> c.tenant().equals(county))
                        .flatMap(c -> need(
                                county,
                                scope,
                                types,
                                selection.id(),
                                c,
                                AuditKind.neededBy(
                                        selection.kind(), AuditScope.promotion(c, selection.postLevel(), today)),
                                today))
                        .ifPresent(needs::add);
            }
        }
        return needs;
    }

    private Optional<Need> need(
            TenantId county,
            AuditScope scope,
            Map<UUID, String> types,
            UUID caseId,
            CadreCareer career,
            AuditKind kind,
            LocalDate on) {
        List<Holding> posts = scope.auditedPosts(career, types, on);
        if (posts.isEmpty()) {
            return Optional.empty();
        }
        List<EconAuditEntity> linked = context
                .persistence()
                .inTransaction(em -> new EconAuditRepository(em, county).forCase(caseId, career.cadreId()))
                .stream()
                .filter(a -> a.kind() == kind)
                .toList();
        State state = linked.stream().anyMatch(EconAuditEntity::done)
                ? State.DONE
                : linked.isEmpty() ? State.MISSING : State.IN_PROGRESS;
        return Optional.of(new Need(caseId, career, kind, AuditScope.postName(posts.getFirst()), state));
    }

    private AuditScope scope(TenantId county) {
        return AuditScope.parse(
                context.rulePacks().effective(SupervisionRules.PACK_ID, county, rules.today()),
                SupervisionRules.defaults());
    }

    private Map<UUID, String> unitTypes() {
        return context.careers().units().stream().collect(Collectors.toMap(UnitRef::id, UnitRef::type, (a, b) -> a));
    }
}
