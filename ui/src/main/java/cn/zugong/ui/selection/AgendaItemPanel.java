package cn.zugong.ui.selection;

import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.selection.domain.AgendaItem;
import cn.zugong.core.selection.domain.CaseRecommendation;
import cn.zugong.core.selection.domain.GateArgs;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.ui.i18n.MessageArgs;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the committee is shown on one item before it votes (DOMAIN.md 5.5): the post, the
 * recommendation and its results, the inspection with the four checks and the integrity
 * conclusion per candidate, the gates and where each stands, the unit's approved posts before and
 * after ({@code item-quota}), and the candidates side by side ({@link CandidateComparison}).
 */
class AgendaItemPanel extends VerticalLayout {

    AgendaItemPanel(
            AgendaItem item, Map<String, String> gateNames, SerializableFunction<UUID, Optional<byte[]>> forms) {
        setPadding(false);
        setId("agenda-item");
        SelectionCase c = item.selectionCase();
        add(new Facts()
                .line("item-kind", "meeting.item.kind", SelectionLabels.kind(this, c.getKind()))
                .line("item-post", "meeting.item.post", item.post())
                .line("item-initiator", "meeting.item.initiator", c.getInitiator())
                .line("item-plan", "meeting.item.plan", c.getPlan()));
        quota(item);
        add(new H3(getTranslation("meeting.item.candidates")), new CandidateComparison(item, forms));
        recommendation(item);
        inspection(item);
        gates(item, gateNames);
    }

    private void quota(AgendaItem item) {
        if (item.quotaBefore().isEmpty()) {
            return;
        }
        UnitQuota before = item.quotaBefore().get();
        Optional<UnitQuota> after = item.quotaAfter();
        Span quota = new Span(getTranslation(
                "meeting.item.quota",
                before.unitName(),
                before.principalApproved(),
                before.principalOccupied(),
                after.map(UnitQuota::principalOccupied).orElse(before.principalOccupied()),
                before.deputyApproved(),
                before.deputyOccupied(),
                after.map(UnitQuota::deputyOccupied).orElse(before.deputyOccupied())));
        quota.setId("item-quota");
        if (after.map(UnitQuota::overStaffed).orElse(false)) {
            quota.addClassName("quota-over");
            quota.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        add(quota);
    }

    private void recommendation(AgendaItem item) {
        CaseRecommendation r = item.selectionCase().recommendation();
        add(new H3(getTranslation("meeting.item.recommendation")));
        add(new Facts()
                .line("item-recommended-on", "selection.recommendation.on", SelectionLabels.date(r.getRecommendedOn()))
                .line(
                        "item-recommendation-attendance",
                        "meeting.item.recommendationAttendance",
                        r.getRecommendationPresent() == null
                                ? null
                                : getTranslation(
                                        "selection.meeting.attendanceValue",
                                        r.getRecommendationPresent(),
                                        r.getRecommendationExpected())));
    }

    private void inspection(AgendaItem item) {
        SelectionCase c = item.selectionCase();
        add(new H3(getTranslation("meeting.item.inspection")));
        Facts facts = new Facts()
                .line("item-team", "selection.notice.team", c.procedure().getInspectionTeam())
                .line(
                        "item-notice-on",
                        "selection.notice.on",
                        SelectionLabels.date(c.procedure().getNoticeOn()));
        int i = 0;
        for (SelectionCandidate k : item.file().candidates()) {
            if (!k.isInspected()) {
                continue;
            }
            long done = Stream.of(
                            k.getFileReviewedOn(),
                            k.getMattersCheckedOn(),
                            k.getDisciplineOpinionOn(),
                            k.getPetitionsCheckedOn(),
                            k.getIntegritySignedOn())
                    .filter(d -> d != null)
                    .count();
            facts.line(
                    "item-checks-" + i++,
                    "meeting.item.checks",
                    getTranslation(
                            "meeting.item.checksValue", item.name(k.getCadreId()), done, 5, text(k.getChecksNote())));
        }
        add(facts);
    }

    private void gates(AgendaItem item, Map<String, String> gateNames) {
        add(new H3(getTranslation("meeting.item.gates")));
        Div gates = new Div();
        gates.setId("item-gates");
        for (GateRecord g : item.file().currentGates()) {
            String key = gateNames.get(g.getGateId());
            Span line = new Span(getTranslation(
                    "meeting.item.gate",
                    key == null ? g.getGateId() : getTranslation(key),
                    item.name(g.getCadreId()),
                    getTranslation("selection.gate.outcome." + g.getOutcome().name()),
                    MessageArgs.text(this, g.getReasonKey(), GateArgs.split(g.getReasonArgs()))));
            line.getStyle().set("display", "block");
            gates.add(line);
        }
        add(gates);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
