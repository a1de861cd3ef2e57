package cn.zugong.ui.dashboard;

import cn.zugong.core.post.QuotaTotals;
import cn.zugong.core.selection.domain.CountyCases;
import cn.zugong.ui.selection.SelectionOverviewView;
import cn.zugong.ui.unit.QuotaOverviewView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * The work figures of the tenancy beside the cadre figures: post quotas (approved against held,
 * over-staffed units) and the selection cases in progress and overdue. Each card links to the page
 * that lists them per county and per unit or case (the quota overview, the selection overview).
 */
class WorkFiguresPanel extends FlexLayout {

    /** {@code cases} is null for users who do not see the selection pages. */
    WorkFiguresPanel(QuotaTotals quota, List<CountyCases> cases) {
        setId("dashboard-work");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        Span quotaText = new Span(getTranslation(
                "dashboard.work.quota",
                quota.principalApproved(),
                quota.principalOccupied(),
                quota.deputyApproved(),
                quota.deputyOccupied(),
                quota.overStaffedUnits()));
        quotaText.setId("dashboard-work-quota");
        add(card("dashboard.work.quota.title", quotaText, link("dashboard.work.quota.link", QuotaOverviewView.class)));
        if (cases != null) {
            int open = cases.stream().mapToInt(CountyCases::open).sum();
            int overdue = cases.stream().mapToInt(CountyCases::overdue).sum();
            Span casesText = new Span(getTranslation("dashboard.work.cases", open, overdue));
            casesText.setId("dashboard-work-cases");
            add(card(
                    "dashboard.work.cases.title",
                    casesText,
                    link("dashboard.work.cases.link", SelectionOverviewView.class)));
        }
    }

    private Component card(String titleKey, Span text, RouterLink link) {
        Span title = new Span(getTranslation(titleKey));
        title.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div card = new Div(title, new Div(text), link);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("min-width", "18rem");
        return card;
    }

    private RouterLink link(String key, Class<? extends Component> target) {
        RouterLink link = new RouterLink(getTranslation(key), target);
        link.setId(key.replace('.', '-'));
        return link;
    }
}
