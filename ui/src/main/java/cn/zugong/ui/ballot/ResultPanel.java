package cn.zugong.ui.ballot;

import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotResult;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.core.ballot.domain.NomineeResult;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.i18n.MessageArgs;
import cn.zugong.ui.selection.CaseActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A closed session's result ({@code ballot-result-<n>}): participation against the share, valid,
 * invalid and blank ballots, and per person the votes and share or the grades; the printable
 * sheet and, once, applying the result to the case. While paper entries disagree, says so instead.
 */
class ResultPanel extends VerticalLayout {

    ResultPanel(int n, BallotSession s, BallotCalls calls, SerializableRunnable changed) {
        setPadding(false);
        setId("ballot-result-" + n);
        UUID id = s.getId();
        BallotResult result;
        try {
            result = calls.result(id);
        } catch (ValidationException waiting) {
            Paragraph why =
                    new Paragraph(MessageArgs.text(this, waiting.problems().get(0)));
            why.setId("ballot-result-waiting-" + n);
            add(why);
            return;
        }
        Paragraph participation = new Paragraph(getTranslation(
                result.participationMet() ? "ballot.participation.met" : "ballot.participation.notMet",
                result.cast(),
                result.expected(),
                result.valid(),
                result.invalid(),
                result.blank()));
        participation.setId("ballot-participation-" + n);
        Grid<NomineeResult> persons = new Grid<>();
        persons.setId("ballot-persons-" + n);
        persons.setAllRowsVisible(true);
        persons.addColumn(NomineeResult::name).setHeader(getTranslation("ballot.result.name"));
        if (result.kind() == BallotKind.RECOMMENDATION) {
            persons.addColumn(NomineeResult::votes).setHeader(getTranslation("ballot.result.votes"));
            persons.addColumn(p -> String.format(Locale.ROOT, "%.1f%%", p.share() * 100))
                    .setHeader(getTranslation("ballot.result.share"));
        } else {
            for (Grade grade : Grade.values()) {
                persons.addColumn(p -> p.grade(grade)).setHeader(getTranslation("ballot.grade." + grade.name()));
            }
        }
        persons.setItems(result.persons());
        Anchor sheet = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] pdf = calls.resultSheet(id, getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf), "ballot-result.pdf", "application/pdf", pdf.length);
                }),
                getTranslation("ballot.result.print"));
        sheet.setId("ballot-sheet-" + n);
        sheet.setTarget("_blank");
        add(participation, persons, sheet);
        if (s.isApplied()) {
            Paragraph applied = new Paragraph(getTranslation("ballot.applied.done"));
            applied.setId("ballot-applied-" + n);
            add(applied);
        } else if (s.getCaseId() != null) {
            Button apply =
                    new Button(getTranslation("ballot.apply." + s.getKind().name()));
            apply.setId("ballot-apply-" + n);
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            apply.addClickListener(click -> {
                if (CaseActions.run(this, () -> calls.apply(id), Map.of())) {
                    CaseActions.saved(this, "ballot.applied");
                    changed.run();
                }
            });
            add(apply);
        }
    }
}
