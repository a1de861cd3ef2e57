package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.selection.domain.SelectionWithdrawal;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.selection.domain.rules.VoteRules;
import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The decision step: the meeting that discusses and decides (taolun jueding), its votes and outcome. */
final class MeetingStep {

    private final StepService steps;

    MeetingStep(StepService steps) {
        this.steps = steps;
    }

    /**
     * The decision meeting (taolun jueding). Refused below the quorum of two thirds of the members
     * (V-S1) and while a gate blocks; a candidate is adopted with more than half of all members
     * who should attend (V-S2). One adopted candidate (the one with most consents, when several
     * are) decides the case, which goes on to publicity; otherwise it stays at the decision step
     * (deferred or not adopted) for a later meeting, which is a reconsideration (fuyi, V-S9).
     */
    MeetingOutcome recordMeeting(UUID caseId, MeetingRecord meeting) {
        CaseStore store = new CaseStore(steps.em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.DECISION);
        steps.gates.requireNoBlocks(c);
        requireForm(meeting);
        requireQuorum(meeting);
        List<UUID> voted = votedOn(c, store);
        requireVotes(meeting, voted);
        requireWithdrawals(meeting, voted);
        requireProcedure(c, meeting);
        SelectionMeeting m = persist(c, meeting, !store.meetings(caseId).isEmpty());
        MeetingOutcome outcome = MeetingOutcome.of(meeting, voted);
        journal(c, m, meeting, outcome);
        outcome.adopted().ifPresent(adopted -> decide(c, adopted, meeting.heldOn()));
        return outcome;
    }

    /** The body, the voting method and the day of the meeting are given. */
    private void requireForm(MeetingRecord meeting) {
        List<Problem> problems = new ArrayList<>();
        if (meeting.body() == null) {
            problems.add(new Problem("body", "selection.meeting.body"));
        }
        if (meeting.method() == null) {
            problems.add(new Problem("method", "selection.meeting.method"));
        }
        steps.day(meeting.heldOn(), "heldOn", problems);
        StepService.refuse(problems);
    }

    /** Two thirds of the members present (V-S1). */
    private static void requireQuorum(MeetingRecord meeting) {
        if (!VoteRules.quorate(meeting.membersTotal(), meeting.membersPresent())) {
            throw Steps.problem(
                    "membersPresent",
                    "selection.meeting.noQuorum",
                    meeting.membersPresent(),
                    meeting.membersTotal(),
                    VoteRules.quorum(meeting.membersTotal()));
        }
    }

    /** Each vote by a named member on a cadre voted on, once, from no more members than present. */
    private static void requireVotes(MeetingRecord meeting, List<UUID> voted) {
        List<Problem> problems = new ArrayList<>();
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
        StepService.refuse(problems);
    }

    /**
     * Each withdrawal by a named member from a cadre voted on, once, with a short reason; a member
     * who withdrew from a candidate gives no opinion on them.
     */
    private static void requireWithdrawals(MeetingRecord meeting, List<UUID> voted) {
        List<Problem> problems = new ArrayList<>();
        Set<String> withdrawn = new HashSet<>();
        for (MeetingRecord.Withdrawal w : meeting.withdrawals()) {
            String member = Texts.strip(w.member());
            String reason = Texts.strip(w.reason());
            if (member == null
                    || member.length() > 100
                    || (reason != null && reason.length() > 200)
                    || !voted.contains(w.cadreId())
                    || !withdrawn.add(w.cadreId() + "/" + member)) {
                problems.add(new Problem("withdrawals", "selection.withdrawal.invalid"));
            }
        }
        for (MeetingRecord.Vote v : meeting.votes()) {
            if (withdrawn.contains(v.cadreId() + "/" + Texts.strip(v.member()))) {
                problems.add(new Problem("votes", "selection.withdrawal.voted", List.of(Texts.strip(v.member()))));
            }
        }
        StepService.refuse(problems);
    }

    /** The procedural rules of the rule pack: duty avoidance and the dual-management consultation. */
    private void requireProcedure(SelectionCase c, MeetingRecord meeting) {
        List<Problem> problems = new ArrayList<>();
        ProcedureChecks procedure = new ProcedureChecks(steps.em);
        problems.addAll(procedure.meetingAvoidance(c, meeting.votes()));
        problems.addAll(procedure.dualManagementProblems(
                c, steps.eligibility.rules(c.getTenantId(), meeting.heldOn()), meeting.heldOn()));
        StepService.refuse(problems);
    }

    private SelectionMeeting persist(SelectionCase c, MeetingRecord meeting, boolean reconsideration) {
        SelectionMeeting m = new SelectionMeeting(c.getId());
        m.setBody(meeting.body());
        m.setHeldOn(meeting.heldOn());
        m.setMembersTotal(meeting.membersTotal());
        m.setMembersPresent(meeting.membersPresent());
        m.setMethod(meeting.method());
        m.setMinutes(Texts.strip(meeting.minutes()));
        m.setReconsideration(reconsideration);
        m.setRecordedAt(steps.clock.instant());
        m.setRecordedBy(Texts.actor());
        steps.em.persist(m);
        int order = 0;
        for (MeetingRecord.Vote v : meeting.votes()) {
            SelectionVote vote = new SelectionVote(c.getId());
            vote.setVoteOrder(order++);
            vote.setMeetingId(m.getId());
            vote.setCadreId(v.cadreId());
            vote.setMember(Texts.strip(v.member()));
            vote.setOpinion(v.opinion());
            steps.em.persist(vote);
        }
        for (MeetingRecord.Withdrawal w : meeting.withdrawals()) {
            steps.em.persist(new SelectionWithdrawal(
                    c.getId(), m.getId(), w.cadreId(), Texts.strip(w.member()), Texts.strip(w.reason())));
        }
        return m;
    }

    private void journal(SelectionCase c, SelectionMeeting m, MeetingRecord meeting, MeetingOutcome outcome) {
        steps.journal.record(
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
                "withdrawals",
                withdrawals(meeting),
                "result",
                outcome.result(),
                "adopted",
                outcome.adopted().orElse(null));
    }

    /** The withdrawals as a short line for the record: cadre id and member per withdrawal; null when none. */
    private static String withdrawals(MeetingRecord meeting) {
        if (meeting.withdrawals().isEmpty()) {
            return null;
        }
        return meeting.withdrawals().stream()
                .map(w -> w.cadreId() + ":" + Texts.strip(w.member()))
                .collect(Collectors.joining(";"));
    }

    /** The adopted candidate decides the case, which moves on (to publicity, or to the appointment). */
    private void decide(SelectionCase c, UUID adopted, LocalDate heldOn) {
        c.setChosenCadreId(adopted);
        c.setDecidedOn(heldOn);
        if (c.getKind() == SelectionKind.APPOINT) {
            steps.moveOn(c);
        } else {
            c.moveTo(SelectionStep.APPOINTMENT, steps.clock.instant());
            steps.journal.record(c, "advance", "from", SelectionStep.DECISION, "to", SelectionStep.APPOINTMENT);
        }
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
}
