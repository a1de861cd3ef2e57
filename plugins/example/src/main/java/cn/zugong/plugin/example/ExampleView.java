package cn.zugong.plugin.example;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The example plugin's page. It has no {@code @Route}: the platform registers it. */
public class ExampleView extends VerticalLayout implements HasDynamicTitle {

    public ExampleView() {
        setId("example-view");
        add(new H2(getTranslation("example.title")), new Paragraph(getTranslation("example.body")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("example.title");
    }
}
