package cn.zugong.ui.selection;

import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.CadreRow;
import cn.zugong.core.cadre.domain.CadreStatus;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** Where the cadre pickers look for cadres: by name, full pinyin or initials (a fake one in tests). */
@FunctionalInterface
interface CadreSearch extends Serializable {

    /** A cadre as a picker offers it: the name and the current post, to tell namesakes apart. */
    record Option(UUID id, String name, String post) implements Serializable {}

    List<Option> find(String text, int offset, int limit);

    /** Serving cadres of the readable counties, through the cadre list's search. */
    static CadreSearch of(CadreService cadres) {
        return (text, offset, limit) -> {
            CadreFilter filter = new CadreFilter(
                    text, null, null, null, null, null, null, null, null, null, CadreStatus.ACTIVE, null, null);
            return cadres
                    .list(new CadreQuery(filter, CadreQuery.Sort.NAME, true, offset, Math.min(limit, 500)))
                    .stream()
                    .map(CadreSearch::option)
                    .toList();
        };
    }

    private static Option option(CadreRow row) {
        String post = row.currentPost() != null ? row.currentPost() : row.unitName();
        return new Option(row.id(), row.name(), post == null ? "" : post);
    }
}
