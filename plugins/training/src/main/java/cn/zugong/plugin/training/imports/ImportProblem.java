package cn.zugong.plugin.training.imports;

import cn.zugong.plugin.training.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is wrong with one row (or the header) of an import.
 *
 * @param row the row number as Excel shows it: the header is row 1
 * @param field the column concerned; empty when the problem concerns the whole row or file
 * @param key message key ({@code training.import.*})
 * @param args its arguments, as text
 */
public record ImportProblem(int row, Optional<ImportField> field, String key, List<String> args) {

    public ImportProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static ImportProblem of(int row, ImportField field, String key, Object... args) {
        Problem problem = Problem.of(field == null ? "" : field.name(), key, args);
        return new ImportProblem(row, Optional.ofNullable(field), key, problem.args());
    }
}
