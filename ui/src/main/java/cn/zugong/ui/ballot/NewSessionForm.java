package cn.zugong.ui.ballot;

import cn.zugong.core.ballot.application.SessionRequest;
import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.ui.selection.CaseActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new ballot session of the case: a recommendation (how many names each voter may mark) or an
 * evaluation (a grade per person), the candidates on the ballot (all, or some for a second round),
 * how many should take part and when voting opens and closes (today, for three hours, unless
 * changed). Problems are shown on their fields.
 */
class NewSessionForm extends VerticalLayout {

    final Select<BallotKind> kind = new Select<>();
    final TextField title = new TextField();
    final CheckboxGroup<UUID> candidates = new CheckboxGroup<>();
    final IntegerField expected = new IntegerField();
    final IntegerField maxMarks = new IntegerField();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();

    NewSessionForm(CaseFile file, Map<UUID, String> names, BallotCalls calls, SerializableRunnable changed) {
        setPadding(false);
        setId("ballot-new");
        kind.setId("ballot-kind");
        kind.setLabel(getTranslation("ballot.kind"));
        kind.setItems(BallotKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("ballot.kind." + k.name()));
        kind.setValue(BallotKind.RECOMMENDATION);
        title.setId("ballot-title");
        title.setLabel(getTranslation("ballot.sessionTitle"));
        title.setValue(
                getTranslation("ballot.defaultTitle", file.selectionCase().getTitle()));
        title.setMaxLength(200);
        candidates.setId("ballot-candidates");
        candidates.setLabel(getTranslation("ballot.candidates"));
        List<UUID> ids =
                file.candidates().stream().map(SelectionCandidate::getCadreId).toList();
        candidates.setItems(ids);
        candidates.setItemLabelGenerator(id -> names.getOrDefault(id, id.toString()));
        candidates.select(ids);
        expected.setId("ballot-expected");
        expected.setLabel(getTranslation("ballot.expected"));
        expected.setMin(1);
        maxMarks.setId("ballot-max-marks");
        maxMarks.setLabel(getTranslation("ballot.maxMarks"));
        maxMarks.setMin(1);
        maxMarks.setValue(1);
        kind.addValueChangeListener(e -> maxMarks.setEnabled(e.getValue() == BallotKind.RECOMMENDATION));
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        opens.setId("ballot-opens");
        opens.setLabel(getTranslation("ballot.opens"));
        opens.setValue(now);
        closes.setId("ballot-closes");
        closes.setLabel(getTranslation("ballot.closes"));
        closes.setValue(now.plusHours(3));
        Button create = new Button(getTranslation("ballot.create"));
        create.setId("ballot-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            if (CaseActions.run(this, () -> calls.open(request(calls.caseId())), fields())) {
                CaseActions.saved(this, "ballot.created");
                changed.run();
            }
        });
        FormLayout form = new FormLayout(kind, title, expected, maxMarks, opens, closes);
        add(new H3(getTranslation("ballot.new")), form, candidates, create);
    }

    SessionRequest request(UUID caseId) {
        ZoneId zone = ZoneId.systemDefault();
        return new SessionRequest(
                caseId,
                kind.getValue(),
                title.getValue(),
                List.copyOf(candidates.getSelectedItems()),
                expected.getValue() == null ? 0 : expected.getValue(),
                maxMarks.getValue() == null ? 0 : maxMarks.getValue(),
                opens.getValue() == null ? null : opens.getValue().atZone(zone).toInstant(),
                closes.getValue() == null
                        ? null
                        : closes.getValue().atZone(zone).toInstant());
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of(
                "title", title,
                "expected", expected,
                "maxMarks", maxMarks,
                "window", closes,
                "nominees", candidates);
    }
}
