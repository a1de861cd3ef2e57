package cn.zugong.plugin.supervision;

import java.util.List;

/**
 * A request the module turns down: a move its state machine does not allow, or input with problems.
 * Nothing has been written when it is thrown; the pages show each problem at its field.
 */
public final class Refused extends RuntimeException {

    private final transient List<Problem> problems;

    public Refused(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public Refused(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
