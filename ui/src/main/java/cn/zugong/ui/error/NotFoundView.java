package cn.zugong.ui.error;

import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that is no page, inside the portal's frame (menu and header stay), in the
 * user's language: replaces Vaadin's bare English "Could not navigate to …".
 */
@ParentLayout(MainLayout.class)
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        setId("not-found");
        getElement().removeAllChildren();
        Div page = new Div(
                new H2(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation(
                        "error.notFound.text", event.getLocation().getPath())));
        // the same margin as the portal's pages (a VerticalLayout's padding)
        page.getStyle().set("padding", "var(--lumo-space-m)");
        getElement().appendChild(page.getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
