package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.CaseRow;
import java.io.Serializable;
import java.util.List;

/** The pages of the case list (a fake one in view tests). */
interface CaseSource extends Serializable {

    /**
     * Cases of one county, or of every readable one when {@code county} is null, newest first; only
     * those now at {@code step} when it is not null.
     */
    List<CaseRow> list(String county, SelectionStep step, boolean openOnly, int offset, int limit);

    int count(String county, SelectionStep step, boolean openOnly);

    /** The cases as the selection service lists them. */
    static CaseSource of(SelectionService selection) {
        return new CaseSource() {
            @Override
            public List<CaseRow> list(String county, SelectionStep step, boolean openOnly, int offset, int limit) {
                return selection.list(county, step, openOnly, offset, limit);
            }

            @Override
            public int count(String county, SelectionStep step, boolean openOnly) {
                return selection.count(county, step, openOnly);
            }
        };
    }
}
