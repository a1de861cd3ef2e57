package cn.zugong.core.validation;

import java.util.List;

/** A record was refused; each problem names a field and a message key. Nothing was written. */
public class ValidationException extends RuntimeException {

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
