package cn.zugong.plugin.rotation.ui;

import cn.zugong.plugin.rotation.due.Due;
import cn.zugong.plugin.rotation.service.DueService;
import cn.zugong.plugin.rotation.service.TermsLink;
import cn.zugong.plugin.rotation.service.UnreadableRulesException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rotation}: the county's cadres who must be exchanged (V-E3 same post, V-E7), should be
 * (V-E3 same level), are at a term limit (V-E4), and who become due within the reminder's months,
 * each with the rule, the post, since when and the day it applies (issue item 1); a name narrows
 * every list.
 */
public class DueView extends RotationPage {

    private final TextField search = new TextField();
    private final List<Grid<Due>> grids = new ArrayList<>();

    public DueView() {
        super("rotation-due", "rotation.due.title");
        if (county.isEmpty()) {
            return;
        }
        DueService service = new DueService(context);
        LocalDate today = service.today();
        DueService.DueLists lists;
        try {
            lists = service.lists(county.get(), today);
        } catch (UnreadableRulesException e) {
            showUnreadableRules(e);
            return;
        }
        note("rotation-due-as-of", "rotation.due.asOf", today.toString(), lists.inOffice());
        search.setId("rotation-due-search");
        search.setPlaceholder(getTranslation("rotation.due.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(
                e -> grids.forEach(g -> g.getDataProvider().refreshAll()));
        add(search);
        section("rotation-due-must", "rotation.due.list.MUST", lists.must());
        section("rotation-due-should", "rotation.due.list.SHOULD", lists.should());
        section("rotation-due-terms", "rotation.due.list.TERMS", lists.terms());
        section("rotation-due-becoming", "rotation.due.becoming", lists.becoming());
    }

    private void section(String id, String titleKey, List<Due> rows) {
        H3 title = new H3(getTranslation(titleKey) + " (" + DueService.DueLists.cadres(rows) + ")");
        title.setId(id + "-title");
        Grid<Due> grid = new Grid<>();
        grid.setId(id);
        grid.addComponentColumn(d -> new Anchor(TermsLink.of(d.cadreId()), d.name()))
                .setHeader(getTranslation("rotation.due.cadre"))
                .setFlexGrow(2);
        grid.addColumn(d ->
                        getTranslation(d.rule().messageKey()) + " (" + d.rule().reference() + ")")
                .setHeader(getTranslation("rotation.due.rule"))
                .setFlexGrow(3);
        grid.addColumn(Due::unitName)
                .setHeader(getTranslation("rotation.due.unit"))
                .setFlexGrow(2);
        grid.addColumn(d -> title(d)).setHeader(getTranslation("rotation.due.post"));
        grid.addColumn(d -> d.since().toString()).setHeader(getTranslation("rotation.due.since"));
        grid.addColumn(d -> d.dueOn().toString()).setHeader(getTranslation("rotation.due.dueOn"));
        grid.setItems(rows).setFilter(d -> d.name().contains(search.getValue().strip()));
        grids.add(grid);
        grid.setAllRowsVisible(rows.size() <= 10);
        if (rows.size() > 10) {
            grid.setHeight("24em");
        }
        add(title, grid);
    }

    /** A level rule names the level: its label, from the platform's codes. */
    private String title(Due due) {
        return switch (due.rule()) {
            case SAME_LEVEL, CUMULATIVE_LEVEL -> getTranslation("rotation.level." + due.title());
            default -> due.title();
        };
    }
}
