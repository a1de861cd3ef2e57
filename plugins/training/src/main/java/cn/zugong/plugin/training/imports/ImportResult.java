package cn.zugong.plugin.training.imports;

import java.util.List;

/** An import's outcome: every row valid, or every problem found. Never a part of the rows. */
public sealed interface ImportResult {

    /** All rows are valid: these records may be credited together. */
    record Accepted(List<ImportedRecord> records) implements ImportResult {

        public Accepted {
            records = List.copyOf(records);
        }
    }

    /** Nothing may be credited: all the problems, by row. */
    record Rejected(List<ImportProblem> problems) implements ImportResult {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
