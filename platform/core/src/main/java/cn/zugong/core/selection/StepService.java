package cn.zugong.core.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.cadre.Cadre;
import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.selection.eligibility.EligibilityService;
import cn.zugong.core.selection.rules.VoteRules;
import cn.zugong.core.unit.UnitPosition;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What is recorded at each step of a case, and the move to the next step once the step's rules and
 * gates allow it (DOMAIN 5.8, 5.9). Every action is journaled. The procedural rules of the
 * rule pack that concern a step (duty avoidance, the dual-management consultation) are checked
 * here, where the step is taken ({@link ProcedureChecks}).
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
                if (c.getRecommendedOn() == null) {
                    throw Steps.problem("recommendation", "selection.recommendation.missing");
                }
            }
            case CANDIDATES -> {
                if (candidates.stream().noneMatch(SelectionCandidate::isInspected)) {
                    throw Steps.problem("inspected", "selection.inspected.none");
                }
            }
            case INSPECTION -> {
                if (c.getNoticeOn() == null) {
                    throw Steps.problem("notice", "selection.notice.missing");
                }
                requireChecks(candidates);
            }
            case PUBLICITY -> {
                if (c.getPublicitySkipped() == null) {
                    if (c.getPublicityTo() == null) {
                        throw Steps.problem("publicity", "selection.publicity.notStarted");
                    }
                    if (!today.isAfter(c.getPublicityTo())) {
                        throw Steps.problem("publicity", "selection.publicity.running", c.getPublicityTo());
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
        c.setStep(to);
        c.setStepSince(clock.instant());
        journal.record(c, "advance", "from", from, "to", to);
        gates.check(c, to);
    }

    /** The democratic recommendation (minzhu tuijian): when, who took part, each candidate's tally. */
    public SelectionCase recordRecommendation(
            UUID caseId, LocalDate on, int expected, int present, boolean targeted, List<Tally> tallies) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.RECOMMENDATION);
        List<Problem> problems = new ArrayList<>();
        day(on, "recommendedOn", problems);
        if (expected < 1) {
            problems.add(new Problem("expected", "selection.count.positive"));
        }
        if (present < 0 || present > expected) {
            problems.add(new Problem("present", "selection.count.presentAboveExpected"));
        }
        Map<UUID, SelectionCandidate> byCadre = byCadre(store.candidates(caseId));
        for (Tally t : tallies) {
            if (!byCadre.containsKey(t.cadreId())) {
                problems.add(new Problem("tally", "selection.candidate.notFound"));
            }
            for (Integer votes : new Integer[] {t.interviewVotes(), t.meetingVotes()}) {
                if (votes != null && (votes < 0 || votes > present)) {
                    problems.add(new Problem("tally", "selection.tally.range", List.of(present)));
                }
            }
        }
        refuse(problems);
        c.setRecommendedOn(on);
        c.setRecommendationExpected(expected);
        c.setRecommendationPresent(present);
        c.setRecommendationTargeted(targeted);
        for (Tally t : tallies) {
            SelectionCandidate k = byCadre.get(t.cadreId());
            k.setInterviewVotes(t.interviewVotes());
            k.setMeetingVotes(t.meetingVotes());
            journal.record(
                    c,
                    "recommendation.tally",
                    "cadre",
                    t.cadreId(),
                    "interviewVotes",
                    t.interviewVotes(),
                    "meetingVotes",
                    t.meetingVotes());
        }
        journal.record(c, "recommendation", "on", on, "expected", expected, "present", present, "targeted", targeted);
        return c;
    }

    /**
     * Chooses whom the case inspects (kaocha duixiang). The recommendation must be at most a year
     * old (V-S3, DOMAIN 5.3): targeted or not, it was made in this case, for this case's post, so
     * it is valid for a year either way. At a general election there must be more candidates than
     * posts (V-S8, one post per case).
     */
    public SelectionCase chooseForInspection(UUID caseId, Collection<UUID> cadres) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.CANDIDATES);
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (c.getRecommendedOn() == null || c.getRecommendedOn().plusYears(1).isBefore(today)) {
            problems.add(new Problem("recommendation", "selection.recommendation.expired"));
        }
        Set<UUID> chosen = new HashSet<>(cadres);
        if (chosen.isEmpty()) {
            problems.add(new Problem("inspected", "selection.inspected.none"));
        }
        if (c.isGeneralElection() && chosen.size() < 2) {
            problems.add(new Problem("inspected", "selection.inspected.competitive"));
        }
        Map<UUID, SelectionCandidate> byCadre = byCadre(store.candidates(caseId));
        if (!byCadre.keySet().containsAll(chosen)) {
            problems.add(new Problem("inspected", "selection.candidate.notFound"));
        }
        refuse(problems);
        byCadre.values().forEach(k -> k.setInspected(chosen.contains(k.getCadreId())));
        journal.record(
                c,
                "inspection.targets",
                "cadres",
                chosen.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
        return c;
    }

    /**
     * The inspection notice (kaocha yugao), the day the inspection starts and the inspection team
     * (names separated by commas). The notice must come before the inspection (DOMAIN 4.3); its
     * timing in working days is a warning of the decision's gates ({@code InspectionNoticeGate}).
     * A team member who is an inspected candidate or a relative of one is refused (duty avoidance,
     * {@link cn.zugong.core.selection.eligibility.DutyAvoidance}).
     */
    public SelectionCase recordNotice(UUID caseId, LocalDate noticeOn, LocalDate inspectionFrom, String team) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.INSPECTION);
        List<Problem> problems = new ArrayList<>();
        day(noticeOn, "noticeOn", problems);
        if (inspectionFrom == null) {
            problems.add(new Problem("inspectionFrom", "selection.date.required"));
        } else if (noticeOn != null && !inspectionFrom.isAfter(noticeOn)) {
            problems.add(new Problem("inspectionFrom", "selection.notice.notBeforeInspection"));
        }
        String text = Texts.strip(team);
        if (text == null) {
            problems.add(new Problem("team", "selection.team.required"));
        } else if (text.length() > 500) {
            problems.add(new Problem("team", "selection.text.tooLong", List.of(500)));
        } else {
            problems.addAll(new ProcedureChecks(em).teamAvoidance(c, store.candidates(caseId), text));
        }
        refuse(problems);
        c.setNoticeOn(noticeOn);
        c.procedure().setInspectionFrom(inspectionFrom);
        c.setInspectionTeam(text);
        journal.record(c, "inspection.notice", "noticeOn", noticeOn, "inspectionFrom", inspectionFrom, "team", text);
        return c;
    }

    /**
     * The four mandatory checks and the integrity conclusion of an inspected candidate, as far as
     * they are done: a partial record is kept (what is missing is {@link Checks#missing()}), and
     * the inspection cannot end until all are done. At the decision the gates check again.
     */
    public SelectionCandidate recordChecks(UUID caseId, UUID cadreId, Checks checks) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.open(store.writable(caseId));
        if (c.getStep() != SelectionStep.INSPECTION && c.getStep() != SelectionStep.DECISION) {
            throw Steps.problem("step", "selection.checks.step");
        }
        SelectionCandidate k = inspected(store, caseId, cadreId);
        List<Problem> problems = new ArrayList<>();
        past(checks.fileReviewedOn(), "fileReviewedOn", problems);
        past(checks.mattersCheckedOn(), "mattersCheckedOn", problems);
        past(checks.disciplineOpinionOn(), "disciplineOpinionOn", problems);
        past(checks.petitionsCheckedOn(), "petitionsCheckedOn", problems);
        past(checks.integritySignedOn(), "integritySignedOn", problems);
        String note = Texts.strip(checks.note());
        if (note != null && note.length() > 1000) {
            problems.add(new Problem("note", "selection.text.tooLong", List.of(1000)));
        }
        refuse(problems);
        k.setFileReviewedOn(checks.fileReviewedOn());
        k.setMattersCheckedOn(checks.mattersCheckedOn());
        k.setDisciplineOpinionOn(checks.disciplineOpinionOn());
        k.setPetitionsCheckedOn(checks.petitionsCheckedOn());
        k.setIntegritySignedOn(checks.integritySignedOn());
        k.setChecksNote(note);
        journal.record(
                c,
                "inspection.checks",
                "cadre",
                cadreId,
                "fileReviewedOn",
                checks.fileReviewedOn(),
                "mattersCheckedOn",
                checks.mattersCheckedOn(),
                "disciplineOpinionOn",
                checks.disciplineOpinionOn(),
                "petitionsCheckedOn",
                checks.petitionsCheckedOn(),
                "integritySignedOn",
                checks.integritySignedOn(),
                "note",
                note);
        recheckDecision(c);
        return k;
    }

    /**
     * At the decision, what the gates of the step look at changed: they check again, so their
     * results stand for what is recorded now.
     */
    private void recheckDecision(SelectionCase c) {
        if (c.getStep() == SelectionStep.DECISION) {
            em.flush();
            gates.check(c, SelectionStep.DECISION);
        }
    }

    /** Marks an inspected candidate as an exceptional promotion (poge), with the upper department's approval. */
    public SelectionCandidate recordExceptional(UUID caseId, UUID cadreId, boolean exceptional, String approval) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.open(store.writable(caseId));
        if (c.getStep().compareTo(SelectionStep.DECISION) > 0) {
            throw Steps.problem("step", "selection.checks.step");
        }
        SelectionCandidate k = inspected(store, caseId, cadreId);
        String text = Texts.strip(approval);
        if (text != null && text.length() > 200) {
            throw Steps.problem("approval", "selection.text.tooLong", 200);
        }
        k.setExceptional(exceptional);
        k.setExceptionalApproval(exceptional ? text : null);
        journal.record(c, "exceptional", "cadre", cadreId, "exceptional", exceptional, "approval", text);
        recheckDecision(c);
        return k;
    }

    /**
     * The decision meeting (taolun jueding). Refused below the quorum of two thirds of the members
     * (V-S1) and while a gate blocks; a candidate is adopted with more than half of all members
     * who should attend (V-S2). One adopted candidate (the one with most consents, when several
     * are) decides the case, which goes on to publicity; otherwise it stays at the decision step
     * (deferred or not adopted) for a later meeting, which is a reconsideration (fuyi, V-S9).
     */
    public MeetingOutcome recordMeeting(UUID caseId, MeetingRecord meeting) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.DECISION);
        gates.requireNoBlocks(c);
        List<Problem> problems = new ArrayList<>();
        if (meeting.body() == null) {
            problems.add(new Problem("body", "selection.meeting.body"));
        }
        if (meeting.method() == null) {
            problems.add(new Problem("method", "selection.meeting.method"));
        }
        day(meeting.heldOn(), "heldOn", problems);
        refuse(problems);
        if (!VoteRules.quorate(meeting.membersTotal(), meeting.membersPresent())) {
            throw Steps.problem(
                    "membersPresent",
                    "selection.meeting.noQuorum",
                    meeting.membersPresent(),
                    meeting.membersTotal(),
                    VoteRules.quorum(meeting.membersTotal()));
        }
        List<UUID> voted = votedOn(c, store);
        Set<String> members = new HashSet<>();
        for (MeetingRecord.Vote v : meeting.votes()) {
            String member = Texts.strip(v.member());
            if (member == null || member.length() > 100 || v.opinion() == null || !voted.contains(v.cadreId())) {
                problems.add(new Problem("votes", "selection.vote.invalid"));
            } else {
                members.add(member);
            }
        }
        if (members.size() > meeting.membersPresent()) {
            problems.add(new Problem(
                    "votes",
                    "selection.vote.moreMembersThanPresent",
                    List.of(members.size(), meeting.membersPresent())));
        }
        long distinct = meeting.votes().stream()
                .map(v -> v.cadreId() + "/" + Texts.strip(v.member()))
                .distinct()
                .count();
        if (distinct != meeting.votes().size()) {
            problems.add(new Problem("votes", "selection.vote.twice"));
        }
        refuse(problems);
        ProcedureChecks procedure = new ProcedureChecks(em);
        problems.addAll(procedure.meetingAvoidance(c, meeting.votes()));
        problems.addAll(procedure.dualManagementProblems(
                c, eligibility.rules(c.getTenantId(), meeting.heldOn()), meeting.heldOn()));
        refuse(problems);
        SelectionMeeting m = new SelectionMeeting(c.getId());
        m.setBody(meeting.body());
        m.setHeldOn(meeting.heldOn());
        m.setMembersTotal(meeting.membersTotal());
        m.setMembersPresent(meeting.membersPresent());
        m.setMethod(meeting.method());
        m.setMinutes(Texts.strip(meeting.minutes()));
        m.setReconsideration(!store.meetings(caseId).isEmpty());
        m.setRecordedAt(clock.instant());
        m.setRecordedBy(Texts.actor());
        em.persist(m);
        int order = 0;
        for (MeetingRecord.Vote v : meeting.votes()) {
            SelectionVote vote = new SelectionVote(c.getId());
            vote.setVoteOrder(order++);
            vote.setMeetingId(m.getId());
            vote.setCadreId(v.cadreId());
            vote.setMember(Texts.strip(v.member()));
            vote.setOpinion(v.opinion());
            em.persist(vote);
        }
        MeetingOutcome outcome = MeetingOutcome.of(meeting, voted);
        journal.record(
                c,
                "decision.meeting",
                "body",
                m.getBody(),
                "heldOn",
                m.getHeldOn(),
                "membersTotal",
                m.getMembersTotal(),
                "membersPresent",
                m.getMembersPresent(),
                "method",
                m.getMethod(),
                "reconsideration",
                m.isReconsideration(),
                "votes",
                MeetingOutcome.summary(meeting.votes()),
                "result",
                outcome.result(),
                "adopted",
                outcome.adopted().orElse(null));
        if (outcome.adopted().isPresent()) {
            c.setChosenCadreId(outcome.adopted().get());
            c.setDecidedOn(meeting.heldOn());
            if (c.getKind() == SelectionKind.APPOINT) {
                moveOn(c);
            } else {
                c.setStep(SelectionStep.APPOINTMENT);
                c.setStepSince(clock.instant());
                journal.record(c, "advance", "from", SelectionStep.DECISION, "to", SelectionStep.APPOINTMENT);
            }
        }
        return outcome;
    }

    private List<UUID> votedOn(SelectionCase c, CaseStore store) {
        if (c.getKind() != SelectionKind.APPOINT) {
            return List.of(c.getSubjectCadreId());
        }
        return store.candidates(c.getId()).stream()
                .filter(SelectionCandidate::isInspected)
                .map(SelectionCandidate::getCadreId)
                .toList();
    }

    /**
     * Starts the pre-appointment publicity on a working day after the decision; it runs at least
     * {@link #MIN_PUBLICITY_DAYS} working days of the county's calendar (V-S4).
     */
    public SelectionCase startPublicity(UUID caseId, LocalDate from, int workingDays) {
        SelectionCase c = Steps.at(new CaseStore(em).writable(caseId), SelectionStep.PUBLICITY);
        if (c.getPublicityFrom() != null || c.getPublicitySkipped() != null) {
            throw Steps.problem("publicity", "selection.publicity.already");
        }
        List<Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new Problem("publicityFrom", "selection.publicity.fromMissing"));
        } else if (from.isBefore(c.getDecidedOn())) {
            problems.add(new Problem("publicityFrom", "selection.publicity.beforeDecision"));
        }
        if (workingDays < MIN_PUBLICITY_DAYS) {
            problems.add(new Problem("publicityDays", "selection.publicity.tooShort", List.of(MIN_PUBLICITY_DAYS)));
        }
        refuse(problems);
        var days = calendar.workingDays();
        if (!days.isWorkingDay(from)) {
            throw Steps.problem("publicityFrom", "selection.publicity.notWorkingDay");
        }
        c.setPublicityFrom(from);
        c.setPublicityTo(days.addWorkingDays(from, workingDays));
        journal.record(c, "publicity.start", "from", from, "to", c.getPublicityTo(), "workingDays", workingDays);
        return c;
    }

    /**
     * Goes without publicity on one of the grounds the regulation allows (DOMAIN 4.1), explained
     * (which special post; when the general election publicized the cadre): having been publicized
     * at the general election only in a general-election case, no promotion only when the chosen
     * cadre is not promoted by the post.
     */
    public SelectionCase skipPublicity(UUID caseId, PublicitySkipGround ground, String explanation) {
        SelectionCase c = Steps.at(new CaseStore(em).writable(caseId), SelectionStep.PUBLICITY);
        if (c.getPublicityFrom() != null || c.getPublicitySkipped() != null) {
            throw Steps.problem("publicity", "selection.publicity.already");
        }
        List<Problem> problems = new ArrayList<>();
        if (ground == null) {
            problems.add(new Problem("ground", "selection.publicity.groundRequired"));
        } else if (ground == PublicitySkipGround.PUBLICIZED_AT_ELECTION && !c.isGeneralElection()) {
            problems.add(new Problem("ground", "selection.publicity.groundNotElection"));
        } else if (ground == PublicitySkipGround.NOT_A_PROMOTION && promoted(c)) {
            problems.add(new Problem("ground", "selection.publicity.groundPromotion"));
        }
        String text = Texts.strip(explanation);
        if (text == null) {
            problems.add(new Problem("reason", "selection.reason.required"));
        } else if (text.length() > 200) {
            problems.add(new Problem("reason", "selection.text.tooLong", List.of(200)));
        }
        refuse(problems);
        c.setPublicitySkipGround(ground);
        c.setPublicitySkipped(text);
        journal.record(c, "publicity.skip", "ground", ground, "reason", text);
        return c;
    }

    /** Whether the chosen cadre is promoted by the case's post. */
    private boolean promoted(SelectionCase c) {
        UnitPosition position = c.getPositionId() == null ? null : em.find(UnitPosition.class, c.getPositionId());
        return position != null && gates.promotion(c.getChosenCadreId(), Optional.ofNullable(position.getPostLevel()));
    }

    /** A report received during the publicity. */
    public SelectionObjection recordObjection(UUID caseId, LocalDate receivedOn, String summary) {
        SelectionCase c = Steps.at(new CaseStore(em).writable(caseId), SelectionStep.PUBLICITY);
        if (c.getPublicityFrom() == null) {
            throw Steps.problem("publicity", "selection.publicity.notStarted");
        }
        List<Problem> problems = new ArrayList<>();
        day(receivedOn, "receivedOn", problems);
        String text = Texts.strip(summary);
        if (text == null) {
            problems.add(new Problem("summary", "selection.objection.summary"));
        } else if (text.length() > 1000) {
            problems.add(new Problem("summary", "selection.text.tooLong", List.of(1000)));
        }
        refuse(problems);
        SelectionObjection o = new SelectionObjection(c.getId());
        o.setReceivedOn(receivedOn);
        o.setSummary(text);
        em.persist(o);
        journal.record(c, "objection", "receivedOn", receivedOn, "summary", text);
        return o;
    }

    /**
     * The result of looking into a report. One that affects the appointment stops the case
     * (rejected, with the resolution as the reason).
     */
    public SelectionObjection resolveObjection(UUID caseId, UUID objectionId, boolean affects, String resolution) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.PUBLICITY);
        SelectionObjection o = store.objections(caseId).stream()
                .filter(x -> x.getId().equals(objectionId))
                .findFirst()
                .orElseThrow(() -> Steps.problem("objection", "selection.objection.notFound"));
        String text = Texts.strip(resolution);
        if (text == null) {
            throw Steps.problem("resolution", "selection.objection.resolution");
        }
        if (text.length() > 1000) {
            throw Steps.problem("resolution", "selection.text.tooLong", 1000);
        }
        o.setAffects(affects);
        o.setResolution(text);
        journal.record(c, "objection.resolved", "objection", objectionId, "affects", affects, "resolution", text);
        if (affects) {
            c.setStatus(CaseStatus.REJECTED);
            c.setStatusReason(text);
            journal.record(c, "stopped", "reason", text);
        }
        return o;
    }

    private static SelectionCandidate inspected(CaseStore store, UUID caseId, UUID cadreId) {
        return store.candidates(caseId).stream()
                .filter(k -> k.getCadreId().equals(cadreId) && k.isInspected())
                .findFirst()
                .orElseThrow(() -> Steps.problem("candidate", "selection.candidate.notInspected"));
    }

    private static Map<UUID, SelectionCandidate> byCadre(List<SelectionCandidate> candidates) {
        return candidates.stream().collect(Collectors.toMap(SelectionCandidate::getCadreId, Function.identity()));
    }

    /** A required day, not in the future. */
    private void day(LocalDate date, String field, List<Problem> problems) {
        if (date == null) {
            problems.add(new Problem(field, "selection.date.required"));
        }
        past(date, field, problems);
    }

    private void past(LocalDate date, String field, List<Problem> problems) {
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
