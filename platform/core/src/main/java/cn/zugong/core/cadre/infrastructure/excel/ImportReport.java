package cn.zugong.core.cadre.infrastructure.excel;

import java.util.List;

/**
 * The outcome of an import: either every row was saved ({@code imported} rows, no problems), or
 * nothing was, and {@code problems} lists the first problems found (at most {@link
 * ExcelLimits#maxProblems()}) out of {@code problemCount}.
 */
public record ImportReport(int imported, List<RowProblem> problems, long problemCount) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport saved(int rows) {
        return new ImportReport(rows, List.of(), 0);
    }

    static ImportReport refused(List<RowProblem> problems, long problemCount) {
        return new ImportReport(0, problems, problemCount);
    }

    /** Whether the rows were saved. */
    public boolean succeeded() {
        return problemCount == 0;
    }
}
