package cn.zugong.plugin.reserve.ui;

import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.service.BatchService;
import cn.zugong.plugin.reserve.service.UnreadableRulesException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code reserve}: the county's reserve batches, one per year and tier (issue item 1), each linked
 * to its page with the 职数 its tier backs (the registry's); an officer opens a batch with its
 * reference date (V-R3).
 */
public class BatchesView extends ReservePage {

    private final BatchService batches = new BatchService(context);
    private final Grid<Batch> grid = new Grid<>();
    private final Paragraph outcome = new Paragraph();
    private final IntegerField year = new IntegerField();
    private final ComboBox<String> tier = new ComboBox<>();
    private final DatePicker reference = Widgets.datePicker();

    public BatchesView() {
        super("reserve-batches", "reserve.batches.title");
        if (county.isEmpty()) {
            return;
        }
        outcome.setId("reserve-batches-outcome");
        try {
            if (writable) {
                add(form());
            }
        } catch (UnreadableRulesException e) {
            showUnreadableRules(e);
        }
        add(outcome, grid());
        refresh();
    }

    private Grid<Batch> grid() {
        grid.setId("reserve-batches-grid");
        grid.addColumn(Batch::year).setHeader(getTranslation("reserve.batches.year"));
        grid.addColumn(b -> tierLabel(b.tier())).setHeader(getTranslation("reserve.batches.tier"));
        grid.addColumn(b -> b.referenceDate().toString()).setHeader(getTranslation("reserve.batches.reference"));
        grid.addColumn(b -> {
                    OptionalInt posts = batches.posts(county.orElseThrow(), b);
                    return posts.isPresent() ? String.valueOf(posts.getAsInt()) : "";
                })
                .setHeader(getTranslation("reserve.batches.posts"));
        grid.addComponentColumn(b -> new Anchor(
                        ReserveViews.BATCH + "?"
                                + QueryParameters.of("batch", b.id().toString()).getQueryString(),
                        getTranslation("reserve.batches.open")))
                .setHeader(getTranslation("reserve.batches.candidates"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout form() {
        LocalDate today = LocalDate.now(context.clock());
        year.setId("reserve-batch-year");
        year.setLabel(getTranslation("reserve.batches.year"));
        year.setValue(today.getYear());
        tier.setId("reserve-batch-tier");
        tier.setLabel(getTranslation("reserve.batches.tier"));
        List<String> tiers = batches.tiers(county.orElseThrow(), today);
        tier.setItems(tiers);
        tier.setItemLabelGenerator(this::tierLabel);
        tier.setValue(tiers.get(0));
        reference.setId("reserve-batch-reference");
        reference.setLabel(getTranslation("reserve.batches.reference"));
        reference.setValue(today);
        Button create = new Button(getTranslation("reserve.batches.create"), e -> create());
        create.setId("reserve-batch-create");
        return new HorizontalLayout(year, tier, reference, create);
    }

    private void create() {
        if (year.getValue() == null || tier.getValue() == null || reference.getValue() == null) {
            outcome.setText(getTranslation("reserve.batches.incomplete"));
            return;
        }
        List<Problem> problems =
                batches.create(county.orElseThrow(), year.getValue(), tier.getValue(), reference.getValue());
        outcome.setText(problems.isEmpty() ? getTranslation("reserve.batches.created") : text(problems));
        refresh();
    }

    private void refresh() {
        grid.setItems(batches.batches(county.orElseThrow()));
    }
}
