package cn.zugong.ui.unit;

import cn.zugong.core.post.UnitQuota;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A unit's posts held against its quota ("principal 1/1 · deputy 4/3"), with an error badge when over quota. */
class QuotaSummary extends HorizontalLayout {

    QuotaSummary(UnitQuota quota) {
        setPadding(false);
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("gap", "var(--lumo-space-s)");
        addClassName("quota-summary");
        add(new Span(getTranslation(
                "quota.summary",
                quota.principalOccupied(),
                quota.principalApproved(),
                quota.deputyOccupied(),
                quota.deputyApproved())));
        if (quota.overStaffed()) {
            add(overStaffedBadge(getTranslation("quota.overStaffed")));
        }
    }

    /** The Lumo error badge that flags an over-staffed unit. */
    static Span overStaffedBadge(String text) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", "badge error");
        badge.addClassName("quota-over");
        return badge;
    }
}
