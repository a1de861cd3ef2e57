package cn.zugong.core.cadre.infrastructure.lrmx;

import java.util.List;

/** A file or archive was refused; it carries every problem found, at least one. */
public class InterchangeException extends RuntimeException {

    private final transient List<InterchangeProblem> problems;

    public InterchangeException(List<InterchangeProblem> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an interchange exception needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InterchangeException(InterchangeProblem problem) {
        this(List.of(problem));
    }

    public List<InterchangeProblem> problems() {
        return problems;
    }
}
