package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.selection.domain.Tally;
import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The recommendation step: the democratic recommendation and the choice of whom to inspect. */
final class RecommendationStep {

    private final StepService steps;

    RecommendationStep(StepService steps) {
        this.steps = steps;
    }

    /** The democratic recommendation (minzhu tuijian): when, who took part, each candidate's tally. */
    SelectionCase recordRecommendation(
            UUID caseId, LocalDate on, int expected, int present, boolean targeted, List<Tally> tallies) {
        CaseStore store = new CaseStore(steps.em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.RECOMMENDATION);
        List<Problem> problems = new ArrayList<>();
        steps.day(on, "recommendedOn", problems);
        if (expected < 1) {
            problems.add(new Problem("expected", "selection.count.positive"));
        }
        if (present < 0 || present > expected) {
            problems.add(new Problem("present", "selection.count.presentAboveExpected"));
        }
        Map<UUID, SelectionCandidate> byCadre = StepService.byCadre(store.candidates(caseId));
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
        StepService.refuse(problems);
        c.recommendation().setRecommendedOn(on);
        c.recommendation().setRecommendationExpected(expected);
        c.recommendation().setRecommendationPresent(present);
        c.recommendation().setRecommendationTargeted(targeted);
        for (Tally t : tallies) {
            SelectionCandidate k = byCadre.get(t.cadreId());
            k.setInterviewVotes(t.interviewVotes());
            k.setMeetingVotes(t.meetingVotes());
            steps.journal.record(
                    c,
                    "recommendation.tally",
                    "cadre",
                    t.cadreId(),
                    "interviewVotes",
                    t.interviewVotes(),
                    "meetingVotes",
                    t.meetingVotes());
        }
        steps.journal.record(
                c, "recommendation", "on", on, "expected", expected, "present", present, "targeted", targeted);
        return c;
    }

    /**
     * Chooses whom the case inspects (kaocha duixiang). The recommendation must be at most a year
     * old (V-S3, DOMAIN 5.3): targeted or not, it was made in this case, for this case's post, so
     * it is valid for a year either way. At a general election there must be more candidates than
     * posts (V-S8, one post per case).
     */
    SelectionCase chooseForInspection(UUID caseId, Collection<UUID> cadres) {
        CaseStore store = new CaseStore(steps.em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.CANDIDATES);
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(steps.clock);
        if (c.recommendation().getRecommendedOn() == null
                || c.recommendation().getRecommendedOn().plusYears(1).isBefore(today)) {
            problems.add(new Problem("recommendation", "selection.recommendation.expired"));
        }
        Set<UUID> chosen = new HashSet<>(cadres);
        if (chosen.isEmpty()) {
            problems.add(new Problem("inspected", "selection.inspected.none"));
        }
        if (c.isGeneralElection() && chosen.size() < 2) {
            problems.add(new Problem("inspected", "selection.inspected.competitive"));
        }
        Map<UUID, SelectionCandidate> byCadre = StepService.byCadre(store.candidates(caseId));
        if (!byCadre.keySet().containsAll(chosen)) {
            problems.add(new Problem("inspected", "selection.candidate.notFound"));
        }
        StepService.refuse(problems);
        byCadre.values().forEach(k -> k.setInspected(chosen.contains(k.getCadreId())));
        steps.journal.record(
                c,
                "inspection.targets",
                "cadres",
                chosen.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
        return c;
    }
}
