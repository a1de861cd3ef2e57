package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.measure.MeasureKind;
import cn.zugong.plugin.supervision.service.MeasureService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code supervision/measures}: measures taken on cadres (谈话提醒, 函询, 诫勉) and until when each bars
 * promotion; the list is read lazily and each page's read recorded.
 */
public class MeasuresView extends SupervisionPage {

    private final MeasureService measures = new MeasureService(context);
    private final Grid<MeasureService.MeasureView> grid = new Grid<>();

    public MeasuresView() {
        super("supervision-measures", "supervision.measures.title");
        if (county.isEmpty()) {
            return;
        }
        if (writable(SupervisionPermissions.MANAGE)) {
            ComboBox<CadreRef> cadre = feedback.field(
                    "cadre", Cadres.chooser(context, "supervision-measure-cadre", getTranslation("supervision.cadre")));
            ComboBox<MeasureKind> kind =
                    feedback.field("kind", new ComboBox<>(getTranslation("supervision.measure.kind")));
            kind.setId("supervision-measure-kind");
            kind.setItems(MeasureKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            DatePicker taken = feedback.field("taken", Widgets.datePicker(getTranslation("supervision.measure.taken")));
            taken.setId("supervision-measure-taken");
            taken.setValue(LocalDate.now(context.clock()));
            TextField reason = feedback.field("reason", new TextField(getTranslation("supervision.measure.reason")));
            reason.setId("supervision-measure-reason");
            Button record = new Button(getTranslation("supervision.measure.record"), e -> {
                if (feedback.run(() -> measures.record(
                        Optional.ofNullable(cadre.getValue()).map(CadreRef::id).orElse(null),
                        kind.getValue(),
                        taken.getValue(),
                        reason.getValue()))) {
                    grid.getDataProvider().refreshAll();
                }
            });
            record.setId("supervision-measure-record");
            HorizontalLayout form = new HorizontalLayout(cadre, kind, taken, reason, record);
            form.setAlignItems(Alignment.BASELINE);
            add(form);
        }
        grid.setId("supervision-measure-grid");
        grid.addColumn(m -> Cadres.name(m.cadre())).setHeader(getTranslation("supervision.cadre"));
        grid.addColumn(m -> getTranslation(m.measure().kind().messageKey()))
                .setHeader(getTranslation("supervision.measure.kind"));
        grid.addColumn(m -> m.measure().takenOn().toString()).setHeader(getTranslation("supervision.measure.taken"));
        grid.addColumn(m -> m.measure().reason()).setHeader(getTranslation("supervision.measure.reason"));
        grid.addColumn(m -> m.measure().barUntil().map(Object::toString).orElse(""))
                .setHeader(getTranslation("supervision.measure.barUntil"));
        grid.setItems(query -> measures.page(query.getOffset(), query.getLimit()).stream());
        add(grid);
    }
}
