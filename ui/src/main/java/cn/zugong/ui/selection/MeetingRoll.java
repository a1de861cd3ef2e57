package cn.zugong.ui.selection;

import cn.zugong.core.selection.domain.AgendaItem;
import cn.zugong.core.selection.domain.MeetingTally;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.ui.i18n.MessageArgs;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The members of the meeting on one item: each member's attendance ({@code member-<i>-present}),
 * a choice per candidate ({@code opinion-<i>-<c>}: agree, disagree, defer, withdraw), the prompt to
 * withdraw where the registry relates a member to a candidate ({@code member-<i>-avoid}), and the
 * count by the core's rules as it builds up ({@code meeting-quorum-state}, {@code tally-<c>}).
 */
class MeetingRoll extends VerticalLayout {

    private final MeetingSession session;
    private final AgendaItem item;
    private final Div tally = new Div();

    MeetingRoll(
            MeetingSession session, AgendaItem item, Map<UUID, List<EligibilityFinding>> conflicts, Runnable changed) {
        this.session = session;
        this.item = item;
        setPadding(false);
        setId("meeting-roll");
        UUID caseId = item.selectionCase().getId();
        prompt(caseId, conflicts);
        Div table = new Div();
        table.setId("meeting-members");
        table.getStyle()
                .set("display", "grid")
                .set(
                        "grid-template-columns",
                        "minmax(8em, auto) auto repeat(" + item.votedOn().size() + ", auto) 1fr")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("align-items", "center");
        table.add(new Span(getTranslation("meeting.member")), new Span(getTranslation("meeting.present")));
        item.votedOn().forEach(cadre -> table.add(new Span(item.name(cadre))));
        table.add(new Span());
        for (int i = 0; i < session.members.size(); i++) {
            row(table, caseId, i, conflicts, changed);
        }
        tally.setId("meeting-tally");
        add(new H3(getTranslation("meeting.votes")), table, tally);
        showTally();
    }

    /** A member related to a candidate is shown as withdrawing, until the chair changes it. */
    private void prompt(UUID caseId, Map<UUID, List<EligibilityFinding>> conflicts) {
        conflicts.forEach((cadre, findings) -> findings.forEach(f -> {
            String member = String.valueOf(f.args().getFirst());
            if (session.choice(caseId, member, cadre) == null) {
                session.withdraw(
                        caseId,
                        member,
                        cadre,
                        f.args().size() > 2 ? String.valueOf(f.args().get(2)) : null);
            }
        }));
    }

    private void row(Div table, UUID caseId, int i, Map<UUID, List<EligibilityFinding>> conflicts, Runnable changed) {
        MeetingSession.Member member = session.members.get(i);
        Span name = new Span(member.name);
        name.setId("member-" + i + "-name");
        Checkbox present = new Checkbox(member.present);
        present.setId("member-" + i + "-present");
        present.addValueChangeListener(e -> {
            member.present = e.getValue();
            changed.run();
        });
        table.add(name, present);
        for (int c = 0; c < item.votedOn().size(); c++) {
            UUID cadre = item.votedOn().get(c);
            Select<MeetingSession.Choice> choice = new Select<>();
            choice.setId("opinion-" + i + "-" + c);
            choice.setItems(MeetingSession.Choice.values());
            choice.setItemLabelGenerator(this::label);
            choice.setEmptySelectionAllowed(true);
            choice.setValue(session.choice(caseId, member.name, cadre));
            choice.setEnabled(member.present);
            choice.addValueChangeListener(e -> {
                session.choose(caseId, member.name, cadre, e.getValue());
                showTally();
            });
            table.add(choice);
        }
        Div notes = new Div();
        conflicts.forEach((cadre, findings) -> findings.stream()
                .filter(f -> member.name.equals(String.valueOf(f.args().getFirst())))
                .forEach(f -> {
                    Span avoid = Badge.of(
                            getTranslation("meeting.avoid.prompt", MessageArgs.text(this, f.messageKey(), f.args())),
                            "error");
                    avoid.setId("member-" + i + "-avoid");
                    notes.add(avoid);
                }));
        Button remove = new Button(getTranslation("meeting.member.remove"), click -> {
            session.remove(member);
            changed.run();
        });
        remove.setId("member-" + i + "-remove");
        notes.add(remove);
        table.add(notes);
    }

    private String label(MeetingSession.Choice choice) {
        if (choice == null) {
            return "";
        }
        return choice == MeetingSession.Choice.WITHDRAW
                ? getTranslation("meeting.withdraw")
                : getTranslation("selection.opinion." + choice.name());
    }

    /** The count so far: attendance against the quorum, each candidate against the majority. */
    void showTally() {
        tally.removeAll();
        if (session.members.isEmpty()) {
            tally.add(new Span(getTranslation("meeting.noMembers")));
            return;
        }
        MeetingTally count =
                MeetingTally.of(session.draft(item.selectionCase().getId(), item.votedOn()), item.votedOn());
        Span quorum = Badge.of(
                getTranslation(
                        count.quorate() ? "meeting.quorum.met" : "meeting.quorum.short",
                        count.membersTotal(),
                        count.present(),
                        count.quorum()),
                count.quorate() ? "success" : "error");
        quorum.setId("meeting-quorum-state");
        tally.add(quorum);
        for (int c = 0; c < item.votedOn().size(); c++) {
            UUID cadre = item.votedOn().get(c);
            MeetingTally.Candidate k = count.candidates().get(cadre);
            Span line = new Span(getTranslation(
                    "meeting.tally",
                    item.name(cadre),
                    k.agree(),
                    k.disagree(),
                    k.defer(),
                    k.withdrawn(),
                    k.pending(),
                    count.majority()));
            line.setId("tally-" + c);
            line.addClassName(k.adopted() ? "tally-adopted" : "tally-open");
            line.getStyle().set("display", "block");
            tally.add(line);
        }
        count.outcome().ifPresent(o -> {
            Span outcome =
                    new Span(getTranslation("meeting.outcome." + o.result().name()));
            outcome.setId("meeting-outcome-preview");
            outcome.getStyle().set("display", "block").set("font-weight", "600");
            tally.add(outcome);
        });
    }
}
