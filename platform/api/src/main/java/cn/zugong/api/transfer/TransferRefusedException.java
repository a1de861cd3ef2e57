package cn.zugong.api.transfer;

import java.util.Objects;

/**
 * A transfer request the platform refused, with the reason as a {@link TransferProblem}; nothing
 * changed.
 *
 * @since 1.3.0
 */
public class TransferRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TransferProblem problem;

    public TransferRefusedException(TransferProblem problem) {
        super("Transfer refused: " + problem);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public TransferProblem problem() {
        return problem;
    }
}
