package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.tenant.TenancyHolder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The case's number, title, kind, status (with the reason of a withdrawal or rejection), the
 * current step, and the path of its kind as badges ({@code path-<STEP>}): done, current, to come.
 */
class CaseHeader extends VerticalLayout {

    CaseHeader(CaseContext context) {
        setPadding(false);
        setSpacing(false);
        SelectionCase c = context.selectionCase();
        Span number = new Span(c.getCaseNo());
        number.setId("case-no");
        H2 title = new H2(c.getTitle());
        title.setId("case-title");
        Span kind = Badge.of(SelectionLabels.kind(this, c.getKind()), "contrast");
        kind.setId("case-kind");
        Span status = Badge.of(SelectionLabels.status(this, c.getStatus()), Badge.variant(c.getStatus()));
        status.setId("case-status");
        Span step = Badge.of(SelectionLabels.step(this, c.getStep()), "primary");
        step.setId("case-step");
        HorizontalLayout line = new HorizontalLayout(number, title, kind, status, step);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(line);
        if (TenancyHolder.current().writable().isEmpty()) {
            Span county = new Span(
                    getTranslation("selection.list.county", context.counties().name(getLocale(), c.getTenantId())));
            county.setId("case-county");
            add(county);
        }
        if (c.getStatus() != CaseStatus.OPEN && c.getStatusReason() != null) {
            Span reason = new Span(getTranslation("selection.field.statusReason", c.getStatusReason()));
            reason.setId("case-status-reason");
            add(reason);
        }
        HorizontalLayout path = new HorizontalLayout();
        path.setId("case-path");
        path.setSpacing(false);
        path.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        for (SelectionStep s : Steps.path(c)) {
            Span badge = Badge.of(
                    SelectionLabels.step(this, s),
                    switch (StepSections.state(c, s)) {
                        case DONE -> "success";
                        case CURRENT -> c.getStatus() == CaseStatus.OPEN ? "primary" : "contrast primary";
                        case AHEAD -> "contrast";
                    });
            badge.setId("path-" + s.name());
            path.add(badge);
        }
        add(path);
    }
}
