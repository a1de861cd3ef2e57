package cn.zugong.core.cadre.infrastructure.excel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pass of an import: reads every row of the file and checks it, keeping only the
 * problems (the first {@link ExcelLimits#maxProblems()} of them) and the row count, never the
 * cadres, so memory does not grow with the file. Needs no database: the tenant's facts are given.
 */
public final class WorkbookCheck {

    /** The rows read and the problems found. */
    public record Result(int rows, List<RowProblem> problems, long problemCount) {}

    private WorkbookCheck() {}

    public static Result run(Path file, TenantFacts facts, ExcelLimits limits, ImportProgress progress) {
        RowChecker checker = new RowChecker(facts, LocalDate.now());
        List<RowProblem> problems = new ArrayList<>();
        long[] problemCount = {0};
        long[] checked = {0};
        int rows = new CadreExcelReader(limits).read(file, row -> {
            for (RowProblem problem : checker.check(row).problems()) {
                if (problemCount[0]++ < limits.maxProblems()) {
                    problems.add(problem);
                }
            }
            if (++checked[0] % CadreImport.PROGRESS_STEP == 0) {
                progress.update(ImportProgress.Phase.CHECK, checked[0], -1);
            }
        });
        progress.update(ImportProgress.Phase.CHECK, rows, rows);
        return new Result(rows, problems, problemCount[0]);
    }
}
