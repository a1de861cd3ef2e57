package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.service.PlanDrafts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;

/** The county's plans (name, state, created, approved), and for a writer a new named plan. */
final class PlanList extends VerticalLayout {

    PlanList(PluginContext context, TenantId county, boolean writable) {
        setPadding(false);
        PlanDrafts drafts = new PlanDrafts(context);
        if (writable) {
            TextField name = new TextField(getTranslation("rotation.plan.name"));
            name.setId("rotation-plan-new-name");
            name.setMaxLength(PlanDrafts.MAX_NAME);
            Paragraph error = new Paragraph();
            error.setId("rotation-plan-new-error");
            Button create = new Button(getTranslation("rotation.plan.create"), e -> {
                PlanDrafts.Created created = drafts.create(county, name.getValue());
                if (created.id().isPresent()) {
                    UI.getCurrent()
                            .navigate(
                                    RotationViews.PLANS,
                                    QueryParameters.of(
                                            PlansView.PLAN, created.id().get().toString()));
                } else {
                    error.setText(getTranslation(
                            created.problems().get(0).key(),
                            created.problems().get(0).args().toArray()));
                }
            });
            create.setId("rotation-plan-create");
            HorizontalLayout form = new HorizontalLayout(name, create);
            form.setAlignItems(Alignment.BASELINE);
            add(form, error);
        }
        List<SavedPlan> plans = drafts.list(county);
        Grid<SavedPlan> grid = new Grid<>();
        grid.setId("rotation-plans-grid");
        grid.addComponentColumn(p -> new Anchor(PlansView.link(p.id()), p.name()))
                .setHeader(getTranslation("rotation.plan.name"))
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.status().messageKey())).setHeader(getTranslation("rotation.plan.status"));
        grid.addColumn(p -> p.createdOn().toString()).setHeader(getTranslation("rotation.plan.createdOn"));
        grid.addColumn(p -> p.approvedOn().map(Object::toString).orElse(""))
                .setHeader(getTranslation("rotation.plan.approvedOn"));
        grid.setItems(plans);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
