package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.view.Widgets;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.selection.domain.AgendaItem;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.VoteMethod;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The decision meeting mode (renmian juece zhichi) for the standing committee or the department's
 * meeting, in large type for a projector: the meeting (body, day, method), its members and who is
 * present, then the county's cases at the decision step one item at a time ({@code agenda-<n>};
 * PageDown, or the right arrow on the agenda, for the next; PageUp or the left arrow for the previous), each with
 * what the committee is shown and the members' choices counted live. Recording an item writes the
 * case's meeting through its decision step; the agenda and minutes print as PDF ({@code
 * meeting-minutes-pdf}). Writers of a county only.
 */
@Access(SelectionAccess.Readers.class)
@Route(value = "selection/meeting", layout = MainLayout.class)
public class DecisionMeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingCalls calls;
    private final MeetingSession session = new MeetingSession();
    private final List<SelectionCase> agenda = new ArrayList<>();
    private final Div agendaList = new Div();
    private final VerticalLayout itemArea = new VerticalLayout();
    private final TextField member = new TextField();
    private Map<String, String> gateNames = Map.of();
    int current;

    /** The outcome of the item recorded last, to say it in words. */
    private MeetingOutcome recorded;

    @Inject
    DecisionMeetingView(MeetingServices services) {
        this((MeetingCalls) services);
    }

    DecisionMeetingView(MeetingCalls calls) {
        this.calls = calls;
        setWidthFull();
        addClassName("meeting-mode");
        getStyle().set("font-size", "var(--lumo-font-size-xl)");
        // PageDown/PageUp anywhere (a presenter's clicker sends them); the arrows only on the agenda,
        // so that they still move the caret in a name and the choice in an opinion list.
        Shortcuts.addShortcutListener(this, () -> show(current + 1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> show(current - 1), Key.PAGE_UP);
        Shortcuts.addShortcutListener(this, () -> show(current + 1), Key.ARROW_RIGHT)
                .listenOn(agendaList);
        Shortcuts.addShortcutListener(this, () -> show(current - 1), Key.ARROW_LEFT)
                .listenOn(agendaList);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (!CountyAccess.canWrite()) {
            Paragraph readOnly = new Paragraph(getTranslation("meeting.writersOnly"));
            readOnly.setId("meeting-writers-only");
            add(new H2(getTitle()), readOnly);
            return;
        }
        try {
            agenda.clear();
            agenda.addAll(calls.agenda());
            gateNames = calls.gateNameKeys();
        } catch (AccessDeniedException refused) {
            event.rerouteToError(refused, refused.getMessage());
            return;
        }
        Button fullScreen = new Button(getTranslation("meeting.fullScreen"), click -> getElement()
                .executeJs("document.documentElement.requestFullscreen()"));
        fullScreen.setId("meeting-full-screen");
        HorizontalLayout title = new HorizontalLayout(new H2(getTitle()), fullScreen, minutesLink());
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        agendaList.setId("meeting-agenda");
        itemArea.setPadding(false);
        add(title, meetingForm(), membersForm(), agendaList, itemArea);
        show(0);
    }

    private HorizontalLayout meetingForm() {
        Select<MeetingBody> body = new Select<>();
        body.setId("meeting-body");
        body.setLabel(getTranslation("selection.meeting.bodyLabel"));
        body.setItems(MeetingBody.values());
        body.setItemLabelGenerator(b -> SelectionLabels.of(this, "body", b));
        body.setValue(session.body);
        body.addValueChangeListener(e -> session.body = e.getValue());
        DatePicker heldOn = Widgets.datePicker();
        heldOn.setId("meeting-held-on");
        heldOn.setLabel(getTranslation("selection.meeting.heldOn"));
        heldOn.setValue(session.heldOn);
        heldOn.addValueChangeListener(e -> session.heldOn = e.getValue());
        Select<VoteMethod> method = new Select<>();
        method.setId("meeting-method");
        method.setLabel(getTranslation("selection.meeting.methodLabel"));
        method.setItems(VoteMethod.values());
        method.setItemLabelGenerator(m -> SelectionLabels.of(this, "method", m));
        method.setValue(session.method);
        method.addValueChangeListener(e -> session.method = e.getValue());
        return new HorizontalLayout(body, heldOn, method);
    }

    private HorizontalLayout membersForm() {
        member.setId("meeting-member");
        member.setLabel(getTranslation("meeting.member.add"));
        member.setMaxLength(MeetingSession.MAX_NAME);
        member.addKeyPressListener(Key.ENTER, press -> addMember());
        Button add = new Button(getTranslation("meeting.member.addButton"), click -> addMember());
        add.setId("meeting-member-add");
        HorizontalLayout form = new HorizontalLayout(member, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void addMember() {
        if (session.add(member.getValue())) {
            member.clear();
            show(current);
        } else {
            member.setErrorMessage(getTranslation("meeting.member.invalid"));
            member.setInvalid(true);
        }
    }

    /** Shows item {@code index} of the agenda (clamped), with the agenda above it. */
    void show(int index) {
        if (agenda.isEmpty()) {
            itemArea.removeAll();
            Paragraph none = new Paragraph(getTranslation("meeting.agenda.empty"));
            none.setId("meeting-agenda-empty");
            itemArea.add(none);
            return;
        }
        current = Math.max(0, Math.min(index, agenda.size() - 1));
        member.setInvalid(false);
        agendaList.removeAll();
        for (int n = 0; n < agenda.size(); n++) {
            SelectionCase c = agenda.get(n);
            final int target = n;
            Button entry = new Button(
                    getTranslation("meeting.agenda.entry", n + 1, c.getCaseNo(), c.getTitle()), click -> show(target));
            entry.setId("agenda-" + n);
            if (n == current) {
                entry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            agendaList.add(entry);
        }
        itemArea.removeAll();
        AgendaItem item = calls.item(agenda.get(current).getId());
        H2 heading = new H2(getTranslation(
                "meeting.item.title",
                current + 1,
                agenda.size(),
                item.selectionCase().getCaseNo(),
                item.selectionCase().getTitle()));
        heading.setId("item-title");
        itemArea.add(heading, new AgendaItemPanel(item, gateNames, cadre -> calls.approvalForm(cadre, session.heldOn)));
        if (item.selectionCase().getStep() != SelectionStep.DECISION) {
            Paragraph decided = new Paragraph(getTranslation(
                    "meeting.item.decided",
                    SelectionLabels.step(this, item.selectionCase().getStep())));
            decided.setId("item-decided");
            itemArea.add(decided);
            return;
        }
        MeetingRoll roll = new MeetingRoll(
                session, item, calls.conflicts(item.selectionCase().getId(), session.allNames()), () -> show(current));
        TextArea minutes = new TextArea(getTranslation("selection.meeting.minutes"));
        minutes.setId("meeting-minutes");
        minutes.setWidthFull();
        minutes.setValue(session.minutes.getOrDefault(item.selectionCase().getId(), ""));
        minutes.addValueChangeListener(
                e -> session.minutes.put(item.selectionCase().getId(), e.getValue()));
        Button allAgree = new Button(getTranslation("selection.vote.allAgree"), click -> {
            session.allAgree(item.selectionCase().getId(), item.votedOn());
            show(current);
        });
        allAgree.setId("meeting-all-agree");
        Button record = new Button(getTranslation("meeting.record"), click -> record(item));
        record.setId("meeting-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        itemArea.add(roll, minutes, new HorizontalLayout(allAgree, record));
    }

    private void record(AgendaItem item) {
        UUID caseId = item.selectionCase().getId();
        if (CaseActions.run(
                this, () -> recorded = calls.record(caseId, session.draft(caseId, item.votedOn())), Map.of())) {
            String text = getTranslation(
                    "selection.meeting.result." + recorded.result().name());
            if (recorded.result() == MeetingOutcome.Result.ADOPTED) {
                CaseActions.done(text);
            } else {
                CaseActions.notice(text);
            }
            show(current);
        }
    }

    private Anchor minutesLink() {
        Anchor link =
                new Anchor(DownloadHandler.fromInputStream(event -> minutes()), getTranslation("meeting.minutes.pdf"));
        link.setId("meeting-minutes-pdf");
        link.setTarget("_blank");
        return link;
    }

    private DownloadResponse minutes() {
        byte[] pdf = calls.minutesPdf(
                session.body,
                session.heldOn,
                session.names(true),
                session.names(false),
                agenda.stream().map(SelectionCase::getId).toList());
        return new DownloadResponse(
                new ByteArrayInputStream(pdf), "meeting-" + session.heldOn + ".pdf", "application/pdf", pdf.length);
    }

    private String getTitle() {
        return getTranslation("meeting.title");
    }

    @Override
    public String getPageTitle() {
        return getTitle();
    }
}
