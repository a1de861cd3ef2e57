package cn.zugong.core.ballot.application;

import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotResult;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.BallotState;
import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.core.ballot.domain.NomineeResult;
import cn.zugong.core.ballot.domain.PaperEntry;
import cn.zugong.core.ballot.domain.Participation;
import cn.zugong.core.ballot.infrastructure.BallotStore;
import cn.zugong.core.ballot.infrastructure.ResultSheetPdf;
import cn.zugong.core.selection.application.CaseJournal;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.application.StepService;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A session's result, only once it is closed and only to a writer of its county; applying it to
 * the case writes it where the case keeps its recommendation ({@link StepService#recordRecommendation})
 * or, for an evaluation during the inspection, into the case's record.
 */
@ApplicationScoped
@Transactional
public class ResultService {

    /** The share of the expected participants a ballot needs ([P], e.g. {@code 2/3}). */
    public static final String PARTICIPATION = "zugong.ballot.participation";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    BallotService sessions;

    @Inject
    BallotJournal journal;

    @Inject
    StepService steps;

    @Inject
    SelectionService selection;

    @Inject
    CaseJournal caseJournal;

    public static Participation participation() {
        return Participation.parse(System.getProperty(PARTICIPATION));
    }

    /** The result of a closed session whose paper tally, if any, is confirmed. */
    public BallotResult result(UUID sessionId) {
        BallotSession s = sessions.writable(sessionId);
        BallotResult result = count(s);
        journal.record(s, "result.read", "cast", result.cast(), "valid", result.valid());
        return result;
    }

    /** The printable result sheet (an audited print). */
    public byte[] sheet(UUID sessionId, Locale locale) {
        BallotSession s = sessions.writable(sessionId);
        BallotResult result = count(s);
        journal.record(s, "result.print");
        return ResultSheetPdf.render(s.getTitle(), s.getClosedOn(), result, locale);
    }

    BallotResult count(BallotSession s) {
        if (s.getState() != BallotState.CLOSED) {
            throw SessionRules.problem("state", "ballot.result.notClosed");
        }
        BallotStore store = new BallotStore(em);
        PaperState paper = PaperState.of(store.paper(s.getId()));
        if (paper.started() && !paper.confirmed()) {
            throw SessionRules.problem("paper", "ballot.paper.unconfirmed");
        }
        return BallotResult.count(
                s,
                store.nominees(s.getId()),
                store.ballots(s.getId()),
                paper.first().map(PaperEntry::tally),
                participation());
    }

    /** Feeds the result into the session's case once: the recommendation's tallies or the inspection's record. */
    public BallotResult apply(UUID sessionId) {
        BallotSession s = sessions.writable(sessionId);
        BallotResult result = count(s);
        if (s.getCaseId() == null) {
            throw SessionRules.problem("case", "ballot.apply.noCase");
        }
        if (s.isApplied()) {
            throw SessionRules.problem("state", "ballot.apply.already");
        }
        if (!result.participationMet()) {
            throw SessionRules.problem("participation", "ballot.apply.participation");
        }
        if (s.getKind() == BallotKind.RECOMMENDATION) {
            CaseFile file = selection.file(s.getCaseId());
            List<Tally> tallies = new ArrayList<>();
            for (NomineeResult person : result.persons()) {
                Integer interview = file.candidate(person.cadreId())
                        .map(SelectionCandidate::getInterviewVotes)
                        .orElse(null);
                tallies.add(new Tally(person.cadreId(), interview, person.votes()));
            }
            steps.recordRecommendation(
                    s.getCaseId(),
                    s.getClosedOn(),
                    s.getExpected(),
                    result.cast(),
                    file.selectionCase().recommendation().isRecommendationTargeted(),
                    tallies);
        } else {
            caseJournal.record(
                    selection.find(s.getCaseId()),
                    "inspection.evaluation",
                    "session",
                    s.getId(),
                    "expected",
                    result.expected(),
                    "cast",
                    result.cast(),
                    "valid",
                    result.valid(),
                    "grades",
                    grades(result));
        }
        s.markApplied();
        journal.record(s, "apply", "cast", result.cast(), "valid", result.valid());
        return result;
    }

    /** Each person's grades as one line: {@code 王五 EXCELLENT=3 COMPETENT=2 ...; 李四 ...}. */
    private static String grades(BallotResult result) {
        return result.persons().stream()
                .map(p -> p.name() + " "
                        + java.util.Arrays.stream(Grade.values())
                                .map(g -> g.name() + "=" + p.grade(g))
                                .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "));
    }
}
