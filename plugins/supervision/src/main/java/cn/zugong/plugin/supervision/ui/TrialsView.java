package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.service.TrialService;
import cn.zugong.plugin.supervision.trial.TrialOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * {@code supervision/trials}: the running trials (DOMAIN §4.2) with their end and the day their end
 * assessment is due; recording one by hand, an absence that extends one, and its outcome.
 */
public class TrialsView extends SupervisionPage {

    private final TrialService trials = new TrialService(context);
    private final Grid<TrialService.TrialView> grid = new Grid<>();

    public TrialsView() {
        super("supervision-trials", "supervision.trials.title");
        if (county.isEmpty()) {
            return;
        }
        boolean writable = writable(SupervisionPermissions.MANAGE);
        if (writable) {
            ComboBox<CadreRef> cadre = feedback.field(
                    "cadre", Cadres.chooser(context, "supervision-trial-cadre", getTranslation("supervision.cadre")));
            TextField post = feedback.field("post", new TextField(getTranslation("supervision.trial.post")));
            post.setId("supervision-trial-post");
            DatePicker start = feedback.field("start", Widgets.datePicker(getTranslation("supervision.trial.start")));
            start.setId("supervision-trial-start");
            Button record = new Button(getTranslation("supervision.trial.record"), e -> {
                if (feedback.run(() -> trials.record(
                        Optional.ofNullable(cadre.getValue()).map(CadreRef::id).orElse(null),
                        post.getValue(),
                        start.getValue()))) {
                    refresh();
                }
            });
            record.setId("supervision-trial-record");
            HorizontalLayout form = new HorizontalLayout(cadre, post, start, record);
            form.setAlignItems(Alignment.BASELINE);
            add(form);
        }
        grid.setId("supervision-trial-grid");
        grid.addColumn(t -> Cadres.name(t.cadre())).setHeader(getTranslation("supervision.cadre"));
        grid.addColumn(t -> t.trial().post()).setHeader(getTranslation("supervision.trial.post"));
        grid.addColumn(t -> t.trial().startOn().toString()).setHeader(getTranslation("supervision.trial.start"));
        grid.addColumn(t -> t.trial().endOn().toString()).setHeader(getTranslation("supervision.trial.end"));
        grid.addColumn(t -> t.assessmentDue()
                        ? getTranslation("supervision.trial.assessmentDue")
                        : t.trial().assessmentFrom().toString())
                .setHeader(getTranslation("supervision.trial.assessmentFrom"));
        grid.setHeight("18em");
        add(grid);
        if (writable) {
            DatePicker from =
                    feedback.field("from", Widgets.datePicker(getTranslation("supervision.trial.absenceFrom")));
            from.setId("supervision-trial-absence-from");
            DatePicker to = feedback.field("to", Widgets.datePicker(getTranslation("supervision.trial.absenceTo")));
            to.setId("supervision-trial-absence-to");
            Button absence = new Button(
                    getTranslation("supervision.trial.absence"), e -> selected().ifPresent(t -> {
                        if (feedback.run(() -> trials.absence(t.trial().id(), from.getValue(), to.getValue()))) {
                            refresh();
                        }
                    }));
            absence.setId("supervision-trial-absence");
            ComboBox<TrialOutcome> outcome =
                    feedback.field("outcome", new ComboBox<>(getTranslation("supervision.trial.outcome")));
            outcome.setId("supervision-trial-outcome");
            outcome.setItems(TrialOutcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
            Button end = new Button(getTranslation("supervision.trial.end.action"), e -> selected()
                    .ifPresent(t -> {
                        if (feedback.run(() -> trials.end(t.trial().id(), outcome.getValue()))) {
                            refresh();
                        }
                    }));
            end.setId("supervision-trial-end");
            HorizontalLayout actions = new HorizontalLayout(from, to, absence, outcome, end);
            actions.setAlignItems(Alignment.BASELINE);
            add(actions);
        }
        refresh();
    }

    private Optional<TrialService.TrialView> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void refresh() {
        grid.setItems(trials.running());
    }
}
