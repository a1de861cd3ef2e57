package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.selection.domain.Checks;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.PublicitySkipGround;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionObjection;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.selection.domain.Tally;
import cn.zugong.core.selection.eligibility.EligibilityService;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What is recorded at each step of a case, and the move to the next step once the step's rules and
 * gates allow it (DOMAIN 5.8, 5.9). Every action is journaled. The procedural rules of the
 * rule pack that concern a step (duty avoidance, the dual-management consultation) are checked
 * here, where the step is taken ({@link ProcedureChecks}). Each step's use cases live in a class of
 * their own ({@link RecommendationStep}, {@link InspectionStep}, {@link MeetingStep}, {@link
 * PublicityStep}, {@link ObjectionStep}); this service opens them as one transactional entry.
 */
@ApplicationScoped
@Transactional
public class StepService {

    /** The shortest pre-appointment publicity, in working days (DOMAIN 4.1, V-S4). */
    public static final int MIN_PUBLICITY_DAYS = 5;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CaseJournal journal;

    @Inject
    GateService gates;

    @Inject
    CalendarService calendar;

    @Inject
    EligibilityService eligibility;

    Clock clock = Clock.systemDefaultZone();

    private final RecommendationStep recommendation = new RecommendationStep(this);
    private final InspectionStep inspection = new InspectionStep(this);
    private final MeetingStep meeting = new MeetingStep(this);
    private final PublicityStep publicity = new PublicityStep(this);
    private final ObjectionStep objections = new ObjectionStep(this);

    /** Moves the case from its current step to the next once that step's work is recorded. */
    public SelectionCase advance(UUID caseId) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.open(store.writable(caseId));
        List<SelectionCandidate> candidates = store.candidates(caseId);
        LocalDate today = LocalDate.now(clock);
        switch (c.getStep()) {
            case INITIATION -> {
                if (c.getKind() == SelectionKind.APPOINT && candidates.isEmpty()) {
                    throw Steps.problem("candidates", "selection.candidates.none");
                }
            }
            case RECOMMENDATION -> {
                if (c.recommendation().getRecommendedOn() == null) {
                    throw Steps.problem("recommendation", "selection.recommendation.missing");
                }
            }
            case CANDIDATES -> {
                if (candidates.stream().noneMatch(SelectionCandidate::isInspected)) {
                    throw Steps.problem("inspected", "selection.inspected.none");
                }
            }
            case INSPECTION -> {
                if (c.procedure().getNoticeOn() == null) {
                    throw Steps.problem("notice", "selection.notice.missing");
                }
                requireChecks(candidates);
            }
            case PUBLICITY -> {
                if (c.publicity().getPublicitySkipped() == null) {
                    if (c.publicity().getPublicityTo() == null) {
                        throw Steps.problem("publicity", "selection.publicity.notStarted");
                    }
                    if (!today.isAfter(c.publicity().getPublicityTo())) {
                        throw Steps.problem(
                                "publicity",
                                "selection.publicity.running",
                                c.publicity().getPublicityTo());
                    }
                }
                if (store.objections(caseId).stream().anyMatch(o -> o.getAffects() == null)) {
                    throw Steps.problem("objections", "selection.objection.open");
                }
            }
            default -> throw Steps.problem("step", "selection.step.notByAdvance");
        }
        gates.requireNoBlocks(c);
        moveOn(c);
        return c;
    }

    /**
     * Refuses to leave the inspection while an inspected candidate lacks one of the four checks or
     * the integrity conclusion (DOMAIN 4.8, V-S7); each such candidate is named with what is missing.
     */
    private void requireChecks(List<SelectionCandidate> candidates) {
        List<Problem> problems = new ArrayList<>();
        for (SelectionCandidate k : candidates) {
            Checks checks = Checks.of(k);
            if (k.isInspected() && !checks.missing().isEmpty()) {
                problems.add(new Problem(
                        "checks",
                        "selection.checks.incomplete",
                        List.of(cadreName(k.getCadreId()), checks.missingKeys())));
            }
        }
        refuse(problems);
    }

    private String cadreName(UUID cadreId) {
        Cadre cadre = em.find(Cadre.class, cadreId);
        return cadre == null ? cadreId.toString() : cadre.getName();
    }

    /** Puts the case at its next step, journals it and runs that step's gates. */
    void moveOn(SelectionCase c) {
        SelectionStep from = c.getStep();
        SelectionStep to = Steps.next(c).orElseThrow();
        c.moveTo(to, clock.instant());
        journal.record(c, "advance", "from", from, "to", to);
        gates.check(c, to);
    }

    /** The democratic recommendation (minzhu tuijian): see {@link RecommendationStep}. */
    public SelectionCase recordRecommendation(
            UUID caseId, LocalDate on, int expected, int present, boolean targeted, List<Tally> tallies) {
        return recommendation.recordRecommendation(caseId, on, expected, present, targeted, tallies);
    }

    /** Chooses whom the case inspects (kaocha duixiang): see {@link RecommendationStep}. */
    public SelectionCase chooseForInspection(UUID caseId, Collection<UUID> cadres) {
        return recommendation.chooseForInspection(caseId, cadres);
    }

    /** The inspection notice, the day the inspection starts and the team: see {@link InspectionStep}. */
    public SelectionCase recordNotice(UUID caseId, LocalDate noticeOn, LocalDate inspectionFrom, String team) {
        return inspection.recordNotice(caseId, noticeOn, inspectionFrom, team);
    }

    /** The four checks and the integrity conclusion of an inspected candidate: see {@link InspectionStep}. */
    public SelectionCandidate recordChecks(UUID caseId, UUID cadreId, Checks checks) {
        return inspection.recordChecks(caseId, cadreId, checks);
    }

    /** Marks an inspected candidate as an exceptional promotion (poge): see {@link InspectionStep}. */
    public SelectionCandidate recordExceptional(UUID caseId, UUID cadreId, boolean exceptional, String approval) {
        return inspection.recordExceptional(caseId, cadreId, exceptional, approval);
    }

    /** The decision meeting (taolun jueding): see {@link MeetingStep}. */
    public MeetingOutcome recordMeeting(UUID caseId, MeetingRecord record) {
        return meeting.recordMeeting(caseId, record);
    }

    /** Starts the pre-appointment publicity: see {@link PublicityStep}. */
    public SelectionCase startPublicity(UUID caseId, LocalDate from, int workingDays) {
        return publicity.startPublicity(caseId, from, workingDays);
    }

    /** Goes without publicity on an allowed ground: see {@link PublicityStep}. */
    public SelectionCase skipPublicity(UUID caseId, PublicitySkipGround ground, String explanation) {
        return publicity.skipPublicity(caseId, ground, explanation);
    }

    /** A report about the candidate from the public channel, filed by the platform: see {@link ObjectionStep}. */
    public SelectionObjection recordPublicObjection(UUID caseId, LocalDate receivedOn, String summary) {
        return objections.recordPublicObjection(caseId, receivedOn, summary);
    }

    /** A report received during the publicity: see {@link ObjectionStep}. */
    public SelectionObjection recordObjection(UUID caseId, LocalDate receivedOn, String summary) {
        return objections.recordObjection(caseId, receivedOn, summary);
    }

    /** The result of looking into a report: see {@link ObjectionStep}. */
    public SelectionObjection resolveObjection(UUID caseId, UUID objectionId, boolean affects, String resolution) {
        return objections.resolveObjection(caseId, objectionId, affects, resolution);
    }

    static Map<UUID, SelectionCandidate> byCadre(List<SelectionCandidate> candidates) {
        return candidates.stream().collect(Collectors.toMap(SelectionCandidate::getCadreId, Function.identity()));
    }

    /** A required day, not in the future. */
    void day(LocalDate date, String field, List<Problem> problems) {
        if (date == null) {
            problems.add(new Problem(field, "selection.date.required"));
        }
        past(date, field, problems);
    }

    void past(LocalDate date, String field, List<Problem> problems) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem(field, "selection.date.future"));
        }
    }

    static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
