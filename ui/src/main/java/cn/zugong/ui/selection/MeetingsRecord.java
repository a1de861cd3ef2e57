package cn.zugong.ui.selection;

import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionVote;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The decision meetings held (a later one is a reconsideration, fuyi): the body, day, attendance,
 * how it voted, the minutes, each candidate's opinions counted ({@code meeting-<i>-count-<n>}) and
 * every member's opinion.
 */
class MeetingsRecord extends VerticalLayout {

    MeetingsRecord(CaseContext context) {
        setPadding(false);
        setId("case-meetings");
        List<SelectionMeeting> meetings = context.file().meetings();
        for (int i = 0; i < meetings.size(); i++) {
            add(meeting(context, meetings.get(i), i));
        }
    }

    private Div meeting(CaseContext context, SelectionMeeting m, int i) {
        Div block = new Div();
        block.setId("meeting-" + i);
        block.addClassName("meeting-record");
        String title = getTranslation(
                m.isReconsideration() ? "selection.meeting.reconsideration" : "selection.meeting.first",
                SelectionLabels.date(m.getHeldOn()),
                SelectionLabels.of(this, "body", m.getBody()));
        Facts facts = new Facts()
                .line(
                        "meeting-" + i + "-method",
                        "selection.meeting.methodLabel",
                        SelectionLabels.of(this, "method", m.getMethod()))
                .line(
                        "meeting-" + i + "-attendance",
                        "selection.meeting.attendance",
                        getTranslation("selection.meeting.attendanceValue", m.getMembersPresent(), m.getMembersTotal()))
                .line("meeting-" + i + "-minutes", "selection.meeting.minutes", m.getMinutes());
        block.add(new H4(title), facts);
        List<SelectionVote> votes = context.file().votesOf(m.getId());
        Map<UUID, Map<Opinion, Integer>> counts = new LinkedHashMap<>();
        for (SelectionVote v : votes) {
            counts.computeIfAbsent(v.getCadreId(), k -> new EnumMap<>(Opinion.class))
                    .merge(v.getOpinion(), 1, Integer::sum);
        }
        counts.forEach((cadre, byOpinion) -> {
            Span line = new Span(getTranslation(
                    "selection.meeting.count",
                    context.name(cadre),
                    byOpinion.getOrDefault(Opinion.AGREE, 0),
                    byOpinion.getOrDefault(Opinion.DISAGREE, 0),
                    byOpinion.getOrDefault(Opinion.DEFER, 0)));
            line.setId("meeting-" + i + "-count-" + context.index(cadre));
            line.getStyle().set("display", "block");
            block.add(line);
        });
        String byMember = votes.stream()
                .collect(Collectors.groupingBy(SelectionVote::getMember, LinkedHashMap::new, Collectors.toList()))
                .entrySet()
                .stream()
                .map(e -> getTranslation(
                        "selection.meeting.memberVotes",
                        e.getKey(),
                        e.getValue().stream()
                                .map(v -> getTranslation(
                                        "selection.meeting.opinionOn",
                                        context.name(v.getCadreId()),
                                        SelectionLabels.of(this, "opinion", v.getOpinion())))
                                .collect(Collectors.joining(getTranslation("list.separator")))))
                .collect(Collectors.joining("\n"));
        Span members = new Span(byMember);
        members.getStyle().set("white-space", "pre-wrap");
        block.add(new Details(getTranslation("selection.meeting.byMember"), members));
        return block;
    }
}
