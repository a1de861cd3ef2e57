package cn.zugong.core.unit;

import java.util.List;

/** A unit was refused; each problem names a field and a message key. */
public class UnitValidationException extends RuntimeException {

    private final transient List<UnitValidator.Problem> problems;

    public UnitValidationException(List<UnitValidator.Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<UnitValidator.Problem> problems() {
        return problems;
    }
}
