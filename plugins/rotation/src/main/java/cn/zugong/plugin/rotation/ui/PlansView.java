package cn.zugong.plugin.rotation.ui;

import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.service.PlanDrafts;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code rotation/plans}: the county's exchange plans and a new one (issue item 4); with {@code
 * ?plan=<id>}, that plan: its cadres and posts, the solver's proposal explained per move, the
 * officer's pins and forbids, saving and approving. A plan of another county reads as not found.
 */
public class PlansView extends RotationPage implements BeforeEnterObserver {

    static final String PLAN = "plan";

    public PlansView() {
        super("rotation-plans", "rotation.plans.title");
    }

    /** The link to one plan's page. */
    static String link(UUID plan) {
        return RotationViews.PLANS + "?" + PLAN + "=" + plan;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (county.isEmpty()) {
            return;
        }
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(PLAN);
        if (asked.isEmpty()) {
            add(new PlanList(context, county.get(), writable));
            return;
        }
        PlanDrafts drafts = new PlanDrafts(context);
        Optional<SavedPlan> plan = asked.flatMap(PlansView::id).flatMap(id -> drafts.find(county.get(), id));
        if (plan.isEmpty()) {
            note("rotation-plan-unknown", "rotation.plan.unknown");
            return;
        }
        add(new PlanPanel(context, county.get(), writable, plan.get()));
    }

    private static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
