package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.view.Widgets;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.VoteMethod;
import cn.zugong.core.selection.domain.rules.VoteRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision meeting (taolun jueding): the body, the day, the members who should attend
 * (yingdaohui) and those present, with the quorum and majority they make, how it voted, the
 * minutes, and each member's opinion on each candidate ({@link VoteGrid}). After recording, the
 * result is told: adopted (the case goes on), tied, deferred or not adopted.
 */
class MeetingForm extends StepForm {

    final Select<MeetingBody> body = new Select<>();
    final DatePicker heldOn;
    final IntegerField total;
    final IntegerField present;
    final Select<VoteMethod> method = new Select<>();
    final TextArea minutes;
    final Span quorum = new Span();
    final VoteGrid votes;
    final Button save;
    private MeetingOutcome outcome;

    MeetingForm(CaseContext context, CaseCalls calls) {
        super(context, "meeting-form");
        body.setItems(MeetingBody.values());
        body.setItemLabelGenerator(b -> SelectionLabels.of(this, "body", b));
        field("meeting-body", "selection.meeting.bodyLabel", body, "body");
        heldOn = field("meeting-held-on", "selection.meeting.heldOn", Widgets.datePicker(), "heldOn");
        heldOn.setMax(LocalDate.now());
        method.setItems(VoteMethod.values());
        method.setItemLabelGenerator(m -> SelectionLabels.of(this, "method", m));
        field("meeting-method", "selection.meeting.methodLabel", method, "method");
        total = field("meeting-total", "selection.meeting.total", Counts.field(), VoteRules.TOTAL);
        present = field("meeting-present", "selection.meeting.present", Counts.field(), "membersPresent", "present");
        total.addValueChangeListener(change -> showQuorum());
        quorum.setId("meeting-quorum");
        add(quorum);
        minutes = field("meeting-minutes", "selection.meeting.minutes", new TextArea(), "minutes");
        minutes.setMaxLength(4000);
        setColspan(minutes, 3);
        votes = new VoteGrid(columns(context));
        answersFor(votes.member, "votes");
        add(votes);
        setColspan(votes, 3);
        save = new Button(getTranslation("selection.meeting.save"), click -> save(calls));
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    /** Who is voted on: the inspected candidates, or the cadre removed or retired. */
    private static List<VoteGrid.Column> columns(CaseContext context) {
        if (context.selectionCase().getKind() != SelectionKind.APPOINT) {
            var subject = context.selectionCase().getSubjectCadreId();
            return List.of(new VoteGrid.Column(subject, context.name(subject)));
        }
        return context.inspected().stream()
                .map(SelectionCandidate::getCadreId)
                .map(id -> new VoteGrid.Column(id, context.name(id)))
                .toList();
    }

    private void showQuorum() {
        Integer members = total.getValue();
        quorum.setText(
                members == null || members < 1
                        ? ""
                        : getTranslation(
                                "selection.meeting.quorumHint",
                                VoteRules.quorum(members),
                                VoteRules.majority(members)));
    }

    MeetingRecord record() {
        return new MeetingRecord(
                body.getValue(),
                heldOn.getValue(),
                Counts.required(total, VoteRules.TOTAL),
                Counts.required(present, "membersPresent"),
                method.getValue(),
                minutes.getValue(),
                votes.votes());
    }

    boolean save(CaseCalls calls) {
        return run(
                () -> outcome = calls.recordMeeting(record()),
                () -> getTranslation(
                        "selection.meeting.result." + outcome.result().name()),
                () -> outcome.result() == MeetingOutcome.Result.ADOPTED);
    }
}
