package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.GateResult;
import cn.zugong.core.selection.application.GateService;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * How a gate's finding stands on a case: passed, a warning, acknowledged, satisfied by a recorded
 * exception, or stopping the case. Pure: the case page, the record and {@link GateService} read it
 * from the same rows.
 *
 * <p>Two results are the <b>same finding</b> when they are of the same case, candidate and gate
 * with the same outcome, class (hard or not) and reason with its arguments, whatever the step:
 * one acknowledgement covers the same finding at later checks and steps; a changed finding needs
 * its own.
 */
public final class Findings {

    private Findings() {}

    /** Where a finding stands. */
    public enum Standing {
        /** Nothing in the way. */
        PASSED,
        /** A warning nobody acknowledged yet; it does not stop the case. */
        WARNING,
        /** A soft block or a warning acknowledged with a reason. */
        ACKNOWLEDGED,
        /** A soft block that stops the step until a writer acknowledges it. */
        UNACKNOWLEDGED,
        /** A hard block satisfied by the recorded exception of its kind. */
        EXCEPTED,
        /** A hard block: the step cannot be left, and nobody can acknowledge it. */
        HARD;

        /** Whether the finding keeps the case at its step. */
        public boolean stops() {
            return this == UNACKNOWLEDGED || this == HARD;
        }
    }

    public static boolean same(GateRecord a, GateRecord b) {
        return a.getCaseId().equals(b.getCaseId())
                && a.getCadreId().equals(b.getCadreId())
                && a.getGateId().equals(b.getGateId())
                && a.getOutcome() == b.getOutcome()
                && a.isHard() == b.isHard()
                && a.getReasonKey().equals(b.getReasonKey())
                && Objects.equals(a.getReasonArgs(), b.getReasonArgs());
    }

    /** The acknowledgement that covers a finding: its own, else the first of the same finding on the case. */
    public static Optional<GateRecord> acknowledgement(GateRecord finding, Collection<GateRecord> caseRecords) {
        if (finding.getOverrideAt() != null) {
            return Optional.of(finding);
        }
        if (finding.isHard()) {
            return Optional.empty();
        }
        return caseRecords.stream()
                .filter(r -> r.getOverrideAt() != null && same(r, finding))
                .min(Comparator.comparing(GateRecord::getOverrideAt));
    }

    /** The recorded exception that satisfies a hard finding, if any. */
    public static Optional<RecordedException> exception(GateRecord finding, Collection<RecordedException> exceptions) {
        return exceptions.stream().filter(e -> e.satisfies(finding)).findFirst();
    }

    public static Standing standing(
            GateRecord finding, Collection<GateRecord> caseRecords, Collection<RecordedException> exceptions) {
        if (finding.getOutcome() == GateResult.Outcome.PASS) {
            return Standing.PASSED;
        }
        if (finding.isHard()) {
            return exception(finding, exceptions).isPresent() ? Standing.EXCEPTED : Standing.HARD;
        }
        if (acknowledgement(finding, caseRecords).isPresent()) {
            return Standing.ACKNOWLEDGED;
        }
        return finding.getOutcome() == GateResult.Outcome.BLOCK ? Standing.UNACKNOWLEDGED : Standing.WARNING;
    }
}
