package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.selection.domain.AgendaItem;
import cn.zugong.core.selection.domain.CandidateProfile;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionWithdrawal;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The decision meeting mode (renmian juece zhichi): the agenda of the writer's county (its open
 * cases at the decision step), each item as the committee is shown it, the members who must
 * withdraw from an item (duty avoidance), and the recording of the votes, which goes through the
 * decision step of the case ({@link StepService#recordMeeting}) and nowhere else.
 */
@ApplicationScoped
@Transactional
public class DecisionMeetingService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    SelectionService selections;

    @Inject
    StepService steps;

    @Inject
    QuotaService quotas;

    Clock clock = Clock.systemDefaultZone();

    /** The writer's county's open cases at the decision step, oldest first; refused for read-only users. */
    public List<SelectionCase> agenda() {
        String county = CountyAccess.requireWriter();
        return em.createQuery(
                        "select c from SelectionCase c where c.tenantId = :t and c.status = :open and c.step = :step"
                                + " order by c.stepSince, c.caseNo",
                        SelectionCase.class)
                .setParameter("t", county)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("step", SelectionStep.DECISION)
                .getResultList();
    }

    /** One item of the agenda, a case of the writer's county. */
    public AgendaItem item(UUID caseId) {
        SelectionCase c = new CaseStore(em).writable(caseId);
        CaseFile file = selections.file(caseId);
        LocalDate today = LocalDate.now(clock);
        List<UUID> votedOn = votedOn(c, file);
        CandidateProfiles profiles = new CandidateProfiles(em);
        List<CandidateProfile> compared = new ArrayList<>();
        for (UUID cadre : votedOn) {
            profiles.of(c, file.candidate(cadre), cadre, today).ifPresent(compared::add);
        }
        Map<UUID, String> names = new HashMap<>();
        file.candidates().forEach(k -> name(k.getCadreId()).ifPresent(n -> names.put(k.getCadreId(), n)));
        Optional.ofNullable(c.getSubjectCadreId())
                .flatMap(this::name)
                .ifPresent(n -> names.put(c.getSubjectCadreId(), n));
        UnitPosition position = c.getPositionId() == null ? null : em.find(UnitPosition.class, c.getPositionId());
        Optional<UnitQuota> before = Optional.empty();
        Optional<UnitQuota> after = Optional.empty();
        if (position != null && c.getKind() == SelectionKind.APPOINT) {
            before = quotas.ofUnit(position.getUnitId());
            if (!votedOn.isEmpty()) {
                after = quotas.afterAppointment(
                        position.getUnitId(),
                        votedOn.getFirst(),
                        position.isPrincipal(),
                        position.getPostLevel() != null);
            }
        }
        return new AgendaItem(file, post(position), names, votedOn, compared, before, after);
    }

    /**
     * Per candidate voted on, the members who must withdraw from the item (themselves, or a
     * relative by the registry's family records), as the meeting rule's findings.
     */
    public Map<UUID, List<EligibilityFinding>> conflicts(UUID caseId, Collection<String> members) {
        SelectionCase c = new CaseStore(em).writable(caseId);
        ProcedureChecks checks = new ProcedureChecks(em);
        Map<UUID, List<EligibilityFinding>> conflicts = new LinkedHashMap<>();
        for (UUID cadre : votedOn(c, selections.file(caseId))) {
            List<EligibilityFinding> found = checks.meetingConflicts(c, cadre, members);
            if (!found.isEmpty()) {
                conflicts.put(cadre, found);
            }
        }
        return conflicts;
    }

    /** Records the meeting on the case through its decision step (quorum, votes, avoidance, gates). */
    public MeetingOutcome record(UUID caseId, MeetingRecord meeting) {
        return steps.recordMeeting(caseId, meeting);
    }

    /** The withdrawals recorded at the case's meetings, for whoever reads the case. */
    public List<SelectionWithdrawal> withdrawals(UUID caseId) {
        CaseStore store = new CaseStore(em);
        store.read(caseId);
        return store.withdrawals(caseId);
    }

    /** The cadres the committee votes on: the inspected candidates, or the subject of a removal or retirement. */
    static List<UUID> votedOn(SelectionCase c, CaseFile file) {
        if (c.getKind() != SelectionKind.APPOINT) {
            return c.getSubjectCadreId() == null ? List.of() : List.of(c.getSubjectCadreId());
        }
        return file.candidates().stream()
                .filter(SelectionCandidate::isInspected)
                .map(SelectionCandidate::getCadreId)
                .toList();
    }

    private Optional<String> name(UUID cadreId) {
        return Optional.ofNullable(em.find(Cadre.class, cadreId)).map(Cadre::getName);
    }

    private String post(UnitPosition position) {
        if (position == null) {
            return null;
        }
        OrgUnit unit = em.find(OrgUnit.class, position.getUnitId());
        return (unit == null ? "" : unit.getName()) + position.getTitle();
    }
}
