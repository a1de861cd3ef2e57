package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeProblem;
import java.util.List;

/**
 * What an import did: nothing when {@code problems} is not empty, else created and updated files.
 * {@code skipped} lists archive entries that are not approval forms (they block nothing).
 */
public record ImportOutcome(
        List<InterchangeProblem> problems, List<InterchangeProblem> skipped, int created, int updated) {

    public ImportOutcome {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    public boolean refused() {
        return !problems.isEmpty();
    }
}
