package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.GateResult;
import java.util.Optional;

/**
 * What a platform gate says of its blocks: whether a block is a rule of the regulation marked [V]
 * (hard: no officer sets it aside from the case, and the case cannot move on while it stands), and
 * which {@link RecordedException} the regulation allows instead. Only the platform's own gates are
 * asked; a plugin's block, like any warning, is soft and may be acknowledged with a reason.
 */
public interface HardRule {

    /** Whether this block of the gate is hard; a soft block (a [P] rule's) may be acknowledged. */
    default boolean hard(GateResult block) {
        return true;
    }

    /** The kind of recorded exception that satisfies this hard block, if the regulation allows one. */
    default Optional<ExceptionKind> exceptionFor(GateResult block) {
        return Optional.empty();
    }
}
