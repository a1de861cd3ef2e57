package cn.zugong.ui;

import cn.zugong.ui.access.AccessCheck;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.List;
import java.util.Optional;

/**
 * Enters a view as the router would, without its layout (which needs the container's beans): the
 * route's declared access first, as every UI checks it, then the view's own {@code beforeEnter}.
 */
public final class Entering {

    private Entering() {}

    /** The exception the view rerouted to an error page with; empty when it let the user in. */
    public static <V extends Component & BeforeEnterObserver> Optional<Exception> refusal(V view, String path) {
        UI ui = UI.getCurrent();
        BeforeEnterEvent event = new BeforeEnterEvent(
                ui.getInternals().getRouter(),
                NavigationTrigger.PROGRAMMATIC,
                new Location(path),
                view.getClass(),
                ui,
                List.of());
        new AccessCheck().beforeEnter(event);
        if (!event.hasErrorParameter()) {
            view.beforeEnter(event);
        }
        return event.hasErrorParameter()
                ? Optional.of(event.getErrorParameter().getCaughtException())
                : Optional.empty();
    }
}
