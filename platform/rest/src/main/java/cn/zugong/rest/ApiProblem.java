package cn.zugong.rest;

import cn.zugong.core.validation.Problem;
import java.util.List;

/**
 * A problem before it is put into words: its kind, the message key of its detail and, for a
 * refused record, the field problems. Resources throw {@link ApiException} with one.
 */
public record ApiProblem(ProblemKind kind, String detailKey, List<Problem> fields) {

    public ApiProblem {
        detailKey = detailKey == null ? kind.detailKey() : detailKey;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ApiProblem of(ProblemKind kind) {
        return new ApiProblem(kind, null, List.of());
    }

    public static ApiProblem of(ProblemKind kind, String detailKey) {
        return new ApiProblem(kind, detailKey, List.of());
    }
}
