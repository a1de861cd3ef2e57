package cn.zugong.ui.error;

import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a page is refused: the reason, translated, and nothing of the refused page. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        setId("access-denied");
        // the same margin as the portal's pages (a VerticalLayout's padding)
        getStyle().set("padding", "var(--lumo-space-m)");
        removeAll();
        add(
                new H2(getTranslation("error.access.title")),
                new Paragraph(getTranslation(parameter.getException().getMessage())));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
