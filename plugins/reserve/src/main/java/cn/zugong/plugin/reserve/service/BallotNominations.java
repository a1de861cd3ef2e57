package cn.zugong.plugin.reserve.service;

import cn.zugong.api.ballot.BallotKind;
import cn.zugong.api.ballot.BallotName;
import cn.zugong.api.ballot.BallotOutcome;
import cn.zugong.api.ballot.BallotRequest;
import cn.zugong.api.ballot.BallotTally;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.data.Batch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 民主推荐 of a batch through a ballot session of the platform (SDK {@code Ballots}, issue item 2):
 * the officer opens a recommendation ballot with the names, issues the codes, starts and closes it,
 * and the closed session's tallies nominate the names that got votes (votes of the valid ballots).
 * Tallies entered by hand remain the way without a session.
 */
public final class BallotNominations {

    /** How long the codes of a session stay valid. */
    static final Duration CODES_VALID = Duration.ofDays(14);

    private final PluginContext context;
    private final CandidateService candidates;

    public BallotNominations(PluginContext context, CandidateService candidates) {
        this.context = context;
        this.candidates = candidates;
    }

    /** The sessions' purpose: the batch they nominate for. */
    static String purpose(UUID batchId) {
        return "reserve-" + batchId;
    }

    /** Opens a draft session for the batch; the problems if refused. */
    public List<Problem> open(
            TenantId county, Batch batch, String title, List<CadreRef> names, int expected, int maxMarks) {
        Counties.requireWritable(context.tenancy(), county);
        if (names.isEmpty() || names.stream().anyMatch(c -> !c.tenant().equals(county))) {
            return List.of(Problem.of("names", "reserve.ballot.names"));
        }
        if (expected < 1 || maxMarks < 1 || maxMarks > names.size()) {
            return List.of(Problem.of("expected", "reserve.ballot.numbers", names.size()));
        }
        Instant now = context.clock().instant();
        try {
            context.ballots()
                    .open(new BallotRequest(
                            BallotKind.RECOMMENDATION,
                            purpose(batch.id()),
                            title,
                            names.stream()
                                    .map(c -> new BallotName(c.id(), c.name()))
                                    .toList(),
                            expected,
                            maxMarks,
                            now,
                            now.plus(CODES_VALID)));
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(Problem.of("names", "reserve.ballot.refused"));
        }
    }

    /** The batch's sessions, newest first. */
    public List<UUID> sessions(Batch batch) {
        return context.ballots().sessions(purpose(batch.id()));
    }

    /** Issues the session's codes (only while a draft), to print and hand out. */
    public List<String> issueCodes(UUID session) {
        return context.ballots().issueCodes(session);
    }

    public void start(UUID session) {
        context.ballots().start(session);
    }

    public void close(UUID session) {
        context.ballots().close(session);
    }

    /** The result once closed. */
    public Optional<BallotOutcome> result(UUID session) {
        return context.ballots().result(session);
    }

    /** A name of the ballot not nominated, and why. */
    public record Refusal(String name, Problem problem) {}

    /**
     * Nominates every name of the closed session that got a vote, with its tally; the names refused
     * (not eligible, already a candidate) with their problems. An open session refuses as a whole.
     */
    public List<Refusal> nominate(TenantId county, Batch batch, UUID session, Horizon horizon) {
        Optional<BallotOutcome> outcome = sessions(batch).contains(session) ? result(session) : Optional.empty();
        if (outcome.isEmpty()) {
            return List.of(new Refusal("", Problem.of("session", "reserve.ballot.notClosed")));
        }
        List<Refusal> problems = new ArrayList<>();
        for (BallotTally person : outcome.get().persons()) {
            if (person.cadreId() == null || person.votes() == 0) {
                continue;
            }
            List<Problem> refused = candidates.nominate(
                    county,
                    batch.id(),
                    new Nomination(
                            person.cadreId(),
                            NominationSource.DEMOCRATIC,
                            Optional.of(new Tally(person.votes(), outcome.get().valid())),
                            horizon));
            refused.forEach(p -> problems.add(new Refusal(person.name(), p)));
        }
        return problems;
    }
}
