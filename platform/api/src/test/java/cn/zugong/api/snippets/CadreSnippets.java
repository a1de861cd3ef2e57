package cn.zugong.api.snippets;

import cn.zugong.api.cadre.CadreFilter;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.cadre.CadreSort;
import cn.zugong.api.plugin.PluginContext;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;

// spotless:off
class CadreSnippets {
    CadreFilter filter() {
        CadreFilter filter = CadreFilter.ACTIVE.withSearch("zs").withPostLevel("TOWNSHIP_PRINCIPAL"); // @start region=filter
        // @end
        return filter;
    }

    Optional<CadreRef> byIdentityNumber(PluginContext context, List<String> row, int identityColumn) {
        Optional<CadreRef> cadre = context.cadres().byIdentityNumber(row.get(identityColumn)); // @start region=by-identity-number
        // @end
        return cadre;
    }

    void page(PluginContext context, TextField search, Grid<CadreRef> grid) {
        CadreFilter filter = CadreFilter.ACTIVE.withSearch(search.getValue()); // @start region=page
        grid.setItems(query -> context.cadres()
                .page(filter, CadreSort.NAME, true, query.getOffset(), query.getLimit()).stream(),
                query -> context.cadres().count(filter));
        // @end
    }
}
// spotless:on
