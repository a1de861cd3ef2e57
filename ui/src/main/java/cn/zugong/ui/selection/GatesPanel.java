package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.Findings;
import cn.zugong.core.selection.domain.GateArgs;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.ui.i18n.MessageArgs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Map;

/**
 * The current gate results of a step (renqian baguan): gate, candidate, outcome, the reason in the
 * user's language, the evidence, and where the finding stands ({@link Findings}): a hard rule
 * ({@code gate-hard}: nobody may set it aside, no control is offered; a recorded exception of its
 * kind satisfies it, {@code gate-excepted}), acknowledged ({@code gate-acknowledged}, with who, at
 * which step and why), or for writers a button to acknowledge a soft block or warning ({@code
 * gate-acknowledge}). At the case's current step writers check the gates again ({@code
 * gates-recheck}). Grid id {@code gates-<STEP>}.
 */
class GatesPanel extends VerticalLayout {

    GatesPanel(CaseContext context, CaseCalls calls, SelectionStep step, Map<String, String> nameKeys) {
        setPadding(false);
        setSpacing(false);
        List<GateRecord> records = context.file().currentGates().stream()
                .filter(g -> g.getStep() == step)
                .toList();
        boolean current = context.recordsAt(step);
        if (records.isEmpty() && !current) {
            setVisible(false);
            return;
        }
        add(new H4(getTranslation("selection.gates.title")));
        Grid<GateRecord> grid = new Grid<>();
        grid.setId("gates-" + step.name());
        grid.setAllRowsVisible(true);
        grid.addColumn(g -> gateName(g, nameKeys)).setHeader(getTranslation("selection.gates.gate"));
        grid.addColumn(g -> context.name(g.getCadreId())).setHeader(getTranslation("selection.gates.candidate"));
        grid.addColumn(new ComponentRenderer<>(g -> {
                    Span badge = Badge.of(
                            getTranslation(
                                    "selection.gate.outcome." + g.getOutcome().name()),
                            Badge.variant(g.getOutcome()));
                    badge.addClassName("gate-outcome");
                    return badge;
                }))
                .setHeader(getTranslation("selection.gates.outcome"))
                .setAutoWidth(true);
        grid.addColumn(g -> MessageArgs.text(this, g.getReasonKey(), GateArgs.split(g.getReasonArgs())))
                .setHeader(getTranslation("selection.gates.reason"))
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(this::evidence)).setHeader(getTranslation("selection.gates.evidence"));
        grid.addColumn(new ComponentRenderer<>(g -> standing(context, calls, g, nameKeys)))
                .setHeader(getTranslation("selection.gates.standing"))
                .setFlexGrow(2);
        grid.setItems(records);
        add(grid);
        if (current) {
            Button recheck = new Button(getTranslation("selection.gates.recheck"), VaadinIcon.REFRESH.create());
            recheck.setId("gates-recheck");
            recheck.addClickListener(click -> {
                if (CaseActions.run(this, calls::recheck, Map.of())) {
                    CaseActions.saved(this, "selection.gates.checked");
                    context.changed().run();
                }
            });
            add(recheck);
        }
    }

    private String gateName(GateRecord g, Map<String, String> nameKeys) {
        String key = nameKeys.get(g.getGateId());
        return key == null ? g.getGateId() : getTranslation(key);
    }

    private Component evidence(GateRecord g) {
        if (g.getEvidence() == null) {
            return new Span();
        }
        Anchor link = new Anchor(g.getEvidence(), getTranslation("selection.gates.evidenceLink"));
        if (g.getEvidence().startsWith("http://") || g.getEvidence().startsWith("https://")) {
            link.setTarget("_blank");
        }
        link.addClassName("gate-evidence");
        return link;
    }

    /** Where a finding stands, and for a writer the acknowledgement of a soft one. */
    private Component standing(CaseContext context, CaseCalls calls, GateRecord g, Map<String, String> nameKeys) {
        Findings.Standing standing = context.file().standing(g);
        return switch (standing) {
            case PASSED -> new Span();
            case HARD -> {
                String text = g.getExceptionKind() == null
                        ? getTranslation("selection.gates.hard")
                        : getTranslation(
                                "selection.gates.hardException",
                                getTranslation("selection.exception.kind." + g.getExceptionKind()));
                Span hard = Badge.of(text, "error");
                hard.addClassName("gate-hard");
                yield hard;
            }
            case EXCEPTED -> {
                RecordedException e =
                        Findings.exception(g, context.file().exceptions()).orElseThrow();
                Span excepted = Badge.of(
                        getTranslation(
                                "selection.gates.excepted",
                                getTranslation("selection.exception.kind." + e.getKind()),
                                e.getDocumentNo(),
                                e.getApprover(),
                                SelectionLabels.date(e.getApprovedOn())),
                        "success");
                excepted.addClassName("gate-excepted");
                yield excepted;
            }
            case ACKNOWLEDGED -> {
                GateRecord by =
                        Findings.acknowledgement(g, context.file().gates()).orElseThrow();
                Span done = new Span(getTranslation(
                        "selection.gates.acknowledged",
                        context.person(by.getOverrideBy()),
                        SelectionLabels.step(this, by.getStep()),
                        by.getOverrideReason()));
                done.addClassName("gate-acknowledged");
                yield done;
            }
            case WARNING, UNACKNOWLEDGED -> {
                if (!context.writable()) {
                    yield new Span(getTranslation("selection.gates.unacknowledged"));
                }
                Button button = new Button(getTranslation("selection.gates.acknowledgeButton"));
                button.addClassName("gate-acknowledge");
                button.addThemeVariants(
                        standing == Findings.Standing.UNACKNOWLEDGED
                                ? ButtonVariant.LUMO_ERROR
                                : ButtonVariant.LUMO_CONTRAST,
                        ButtonVariant.LUMO_SMALL);
                button.addClickListener(
                        click -> new AcknowledgeDialog(context, calls, g, gateName(g, nameKeys)).open());
                yield button;
            }
        };
    }
}
