package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionObjection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a step has recorded, read-only (ids {@code record-...}); the meetings and reports as tables. */
final class StepRecords {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private StepRecords() {}

    static Component of(Component owner, CaseContext context, SelectionStep step) {
        SelectionCase c = context.selectionCase();
        Facts facts = new Facts();
        facts.setId("record-" + step.name());
        switch (step) {
            case INITIATION ->
                facts.line("record-post", "selection.field.post", context.post())
                        .line("record-subject", "selection.field.subject", subject(context))
                        .line("record-general-election", "selection.field.generalElection", generalElection(owner, c))
                        .line("record-initiator", "selection.field.initiator", c.getInitiator())
                        .line("record-plan", "selection.field.plan", c.getPlan())
                        .line(
                                "record-opened",
                                "selection.field.opened",
                                owner.getTranslation(
                                        "selection.field.openedBy",
                                        TIME.format(c.getOpenedAt()),
                                        context.person(c.getOpenedBy())));
            case RECOMMENDATION -> {
                facts.line(
                                "record-recommended-on",
                                "selection.recommendation.on",
                                c.recommendation().getRecommendedOn())
                        .line(
                                "record-expected",
                                "selection.recommendation.expected",
                                c.recommendation().getRecommendationExpected())
                        .line(
                                "record-present",
                                "selection.recommendation.present",
                                c.recommendation().getRecommendationPresent());
                if (c.recommendation().getRecommendedOn() != null) {
                    facts.line(
                                    "record-targeted",
                                    "selection.recommendation.targeted",
                                    SelectionLabels.yesNo(
                                            owner, c.recommendation().isRecommendationTargeted()))
                            .line(
                                    "record-valid-until",
                                    "selection.recommendation.validUntil",
                                    c.recommendation().getRecommendedOn().plusYears(1));
                }
            }
            case CANDIDATES ->
                facts.line(
                        "record-inspected",
                        "selection.candidate.inspected",
                        context.inspected().stream()
                                .map(SelectionCandidate::getCadreId)
                                .map(context::name)
                                .collect(Collectors.joining(owner.getTranslation("list.separator"))));
            case INSPECTION ->
                facts.line(
                                "record-notice-on",
                                "selection.notice.on",
                                c.procedure().getNoticeOn())
                        .line(
                                "record-inspection-from",
                                "selection.notice.inspectionFrom",
                                c.procedure().getInspectionFrom())
                        .line(
                                "record-team",
                                "selection.notice.team",
                                c.procedure().getInspectionTeam());
            case DECISION ->
                facts.line("record-decided-on", "selection.decision.decidedOn", c.getDecidedOn())
                        .line("record-chosen", "selection.decision.chosen", context.name(c.getChosenCadreId()));
            case PUBLICITY -> {
                if (c.publicity().getPublicityFrom() != null) {
                    facts.line(
                            "record-publicity",
                            "selection.publicity.period",
                            owner.getTranslation(
                                    "selection.publicity.fromTo",
                                    c.publicity().getPublicityFrom(),
                                    c.publicity().getPublicityTo()));
                }
                facts.line(
                                "record-publicity-ground",
                                "selection.publicity.ground",
                                c.publicity().getPublicitySkipGround() == null
                                        ? null
                                        : SelectionLabels.of(
                                                owner,
                                                "publicity.ground",
                                                c.publicity().getPublicitySkipGround()))
                        .line(
                                "record-publicity-skipped",
                                "selection.publicity.skipped",
                                c.publicity().getPublicitySkipped());
            }
            case APPOINTMENT ->
                facts.line("record-document-no", "selection.appointment.documentNo", c.getDocumentNo())
                        .line("record-appointed-on", "selection.appointment.issuedOn", c.getAppointedOn())
                        .line("record-talk-on", "selection.appointment.talkOn", c.getTalkOn())
                        .line(
                                "record-term-start",
                                "selection.appointment.termStart",
                                c.getAppointedOn() == null ? null : c.getDecidedOn());
            case PROBATION ->
                facts.line("record-probation-until", "selection.probation.until", c.getProbationUntil())
                        .line(
                                "record-probation-result",
                                "selection.probation.result",
                                c.getProbationConfirmed() == null
                                        ? null
                                        : owner.getTranslation(
                                                c.getProbationConfirmed()
                                                        ? "selection.probation.result.confirmed"
                                                        : "selection.probation.result.removed"));
        }
        Div record = new Div(facts);
        if (step == SelectionStep.DECISION && !context.file().meetings().isEmpty()) {
            record.add(new MeetingsRecord(context));
        }
        if (step == SelectionStep.PUBLICITY && !context.file().objections().isEmpty()) {
            record.add(objections(owner, context));
        }
        return record;
    }

    private static String subject(CaseContext context) {
        UUID subject = context.selectionCase().getSubjectCadreId();
        return subject == null ? null : context.name(subject);
    }

    private static String generalElection(Component owner, SelectionCase c) {
        return c.getKind() == SelectionKind.APPOINT ? SelectionLabels.yesNo(owner, c.isGeneralElection()) : null;
    }

    private static Grid<SelectionObjection> objections(Component owner, CaseContext context) {
        Grid<SelectionObjection> grid = new Grid<>();
        grid.setId("case-objections");
        grid.setAllRowsVisible(true);
        grid.addColumn(o -> SelectionLabels.date(o.getReceivedOn()))
                .setHeader(owner.getTranslation("selection.objection.receivedOn"))
                .setAutoWidth(true);
        grid.addColumn(SelectionObjection::getSummary)
                .setHeader(owner.getTranslation("selection.objection.summaryLabel"))
                .setFlexGrow(3);
        grid.addColumn(o -> o.getAffects() == null
                        ? owner.getTranslation("selection.objection.pending")
                        : owner.getTranslation(
                                o.getAffects() ? "selection.objection.affectsYes" : "selection.objection.affectsNo"))
                .setHeader(owner.getTranslation("selection.objection.result"));
        grid.addColumn(o -> o.getResolution() == null ? "" : o.getResolution())
                .setHeader(owner.getTranslation("selection.objection.resolutionLabel"))
                .setFlexGrow(3);
        grid.setItems(context.file().objections());
        return grid;
    }
}
