package cn.zugong.api.selection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a gate found about a candidate.
 *
 * <p>The reason is a message key of the contributing plugin's bundles (or the platform's), with its
 * arguments, so that it is shown in the reader's language and kept in the case's record.
 *
 * @param outcome pass, warning or block
 * @param reasonKey message key of the reason
 * @param reasonArgs the message's arguments, as text
 * @param evidence a link to the evidence (a portal route such as {@code cadres/<id>}, or a URL);
 *     empty when there is none
 */
public record GateResult(Outcome outcome, String reasonKey, List<String> reasonArgs, Optional<String> evidence) {

    /** How a result weighs on the case. */
    public enum Outcome {
        /** Nothing stands in the way. */
        PASS,
        /** Shown to the committee; the case goes on. */
        WARNING,
        /** The case stops until it is cleared or overridden by a recorded decision. */
        BLOCK
    }

    public GateResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reasonKey, "reasonKey");
        reasonArgs = List.copyOf(reasonArgs);
        Objects.requireNonNull(evidence, "evidence");
    }

    public static GateResult pass(String reasonKey, String... args) {
        return new GateResult(Outcome.PASS, reasonKey, List.of(args), Optional.empty());
    }

    public static GateResult warning(String reasonKey, String... args) {
        return new GateResult(Outcome.WARNING, reasonKey, List.of(args), Optional.empty());
    }

    public static GateResult block(String reasonKey, String... args) {
        return new GateResult(Outcome.BLOCK, reasonKey, List.of(args), Optional.empty());
    }

    /** The same result with a link to its evidence. */
    public GateResult withEvidence(String link) {
        return new GateResult(outcome, reasonKey, reasonArgs, Optional.of(link));
    }
}
