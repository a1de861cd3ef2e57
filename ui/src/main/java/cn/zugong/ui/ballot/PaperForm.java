package cn.zugong.ui.ballot;

import cn.zugong.core.ballot.application.PaperState;
import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotNominee;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.core.ballot.domain.PaperCounts;
import cn.zugong.core.ballot.domain.PaperEntry;
import cn.zugong.ui.selection.CaseActions;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The paper ballots' tally ({@code paper-*-<n>}): ballots returned, spoiled, blank and the count per
 * name (or per name and grade), typed by a clerk and again by a second officer. Shows who typed
 * each entry and, while they disagree, the fields they disagree on; the saved entry of the user is
 * filled in again for correction.
 */
class PaperForm extends VerticalLayout {

    final IntegerField cast;
    final IntegerField invalid;
    final IntegerField blank;
    final Map<String, IntegerField> counts = new LinkedHashMap<>();
    private final int n;

    PaperForm(int n, BallotSession s, BallotCalls calls, SerializableRunnable changed) {
        this.n = n;
        cast = count("cast");
        invalid = count("invalid");
        blank = count("blank");
        setPadding(false);
        setId("paper-" + n);
        List<BallotNominee> nominees = calls.nominees(s.getId());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("cast", getTranslation("ballot.paper.cast"));
        labels.put("invalid", getTranslation("ballot.paper.invalid"));
        labels.put("blank", getTranslation("ballot.paper.blank"));
        for (BallotNominee nominee : nominees) {
            if (s.getKind() == BallotKind.RECOMMENDATION) {
                labels.put(PaperCounts.key(nominee.getPlace()), nominee.getName());
            } else {
                for (Grade g : Grade.values()) {
                    labels.put(
                            PaperCounts.key(nominee.getPlace(), g),
                            nominee.getName() + " " + getTranslation("ballot.grade." + g.name()));
                }
            }
        }
        cast.setLabel(labels.get("cast"));
        invalid.setLabel(labels.get("invalid"));
        blank.setLabel(labels.get("blank"));
        FormLayout form = new FormLayout(cast, invalid, blank);
        labels.keySet().stream().skip(3).forEach(key -> {
            IntegerField field = count(key.replace('.', '-'));
            field.setLabel(labels.get(key));
            counts.put(key, field);
            form.add(field);
        });
        PaperState state = calls.paper(s.getId());
        Paragraph status = new Paragraph(status(state, labels));
        status.setId("paper-status-" + n);
        Button save = new Button(getTranslation("ballot.paper.save"));
        save.setId("paper-save-" + n);
        save.addClickListener(click -> {
            if (CaseActions.run(this, () -> calls.enterPaper(s.getId(), counts()), fields())) {
                CaseActions.saved(this, "ballot.saved");
                changed.run();
            }
        });
        add(
                new H4(getTranslation("ballot.paper.title")),
                new Paragraph(getTranslation("ballot.paper.help")),
                form,
                save,
                status);
    }

    private String status(PaperState state, Map<String, String> labels) {
        if (!state.started()) {
            return getTranslation("ballot.paper.none");
        }
        String first = state.first().map(PaperEntry::getClerk).orElse("-");
        String second = state.second().map(PaperEntry::getClerk).orElse("-");
        if (state.confirmed()) {
            return getTranslation("ballot.paper.confirmed", first, second);
        }
        if (state.second().isEmpty() || state.first().isEmpty()) {
            return getTranslation("ballot.paper.waiting", state.first().isPresent() ? first : second);
        }
        String fields = state.differences().stream()
                .map(f -> labels.getOrDefault(f, f) + " ("
                        + state.first().get().tally().count(f) + " / "
                        + state.second().get().tally().count(f) + ")")
                .collect(Collectors.joining(", "));
        return getTranslation("ballot.paper.differ", first, second, fields);
    }

    PaperCounts counts() {
        Map<String, Integer> values = new LinkedHashMap<>();
        counts.forEach((key, field) -> values.put(key, field.getValue() == null ? 0 : field.getValue()));
        return PaperCounts.of(value(cast), value(invalid), value(blank), values);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private IntegerField count(String key) {
        IntegerField field = new IntegerField();
        field.setId("paper-" + key + "-" + n);
        field.setMin(0);
        return field;
    }

    private Map<String, HasValidation> fields() {
        return Map.of("cast", cast, "invalid", invalid, "blank", blank);
    }
}
