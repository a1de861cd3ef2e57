package cn.zugong.ui.ops;

import cn.zugong.core.ops.LogContext;
import cn.zugong.core.ops.OpsMetrics;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.List;

/**
 * Counts open Vaadin sessions and UIs for the metrics, and records each tab's current view by its
 * route template ({@code cadres/:id}), so that the tab's requests are timed and logged under it
 * ({@link RequestObservation}).
 */
public class VaadinObservation implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> OpsMetrics.sessions(1));
        event.getSource().addSessionDestroyListener(destroy -> OpsMetrics.sessions(-1));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            OpsMetrics.uis(1);
            ui.addDetachListener(detach -> {
                OpsMetrics.uis(-1);
                forget(ui);
            });
            ui.addAfterNavigationListener(this::navigated);
        });
    }

    private void navigated(AfterNavigationEvent event) {
        String route = template(event.getActiveChain());
        UI ui = event.getLocationChangeEvent().getUI();
        WrappedSession session =
                ui.getSession() == null ? null : ui.getSession().getSession();
        if (session != null) {
            session.setAttribute(RequestObservation.UI_ROUTE + ui.getUIId(), route);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(RequestObservation.ROUTE, route);
        }
        LogContext.route(route);
    }

    /** The template the view was routed by, such as {@code cadres/:id}; the application's root is {@code /}. */
    static String template(List<HasElement> chain) {
        if (chain.isEmpty() || !(chain.getFirst() instanceof Component target)) {
            return "unknown";
        }
        try {
            String template = RouteConfiguration.forApplicationScope()
                    .getTemplate(target.getClass())
                    .orElse("unknown");
            return template.isEmpty() ? "/" : template;
        } catch (IllegalStateException noService) {
            return "unknown";
        }
    }

    /** Forgets a closed tab's route (the session may live on with other tabs). */
    private static void forget(UI ui) {
        VaadinSession session = ui.getSession();
        try {
            if (session != null && session.getSession() != null) {
                session.getSession().removeAttribute(RequestObservation.UI_ROUTE + ui.getUIId());
            }
        } catch (IllegalStateException invalidated) {
            // the whole session is gone, its attributes with it
        }
    }
}
