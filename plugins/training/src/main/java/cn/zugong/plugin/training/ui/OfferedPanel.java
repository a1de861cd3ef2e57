package cn.zugong.plugin.training.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.service.CourseService;
import cn.zugong.plugin.training.service.CourseService.Offered;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The courses the departments above the county (its province, its city) published: the county takes
 * one into its catalogue with a click, where its cadres are then enrolled. Shown only when there
 * is something published.
 */
class OfferedPanel extends VerticalLayout {

    private final CourseService courses;
    private final TenantId county;
    private final boolean writable;
    private final Texts texts;
    private final Runnable adopted;
    private final Grid<Offered> grid = new Grid<>();

    OfferedPanel(CourseService courses, TenantId county, boolean writable, Texts texts, Runnable adopted) {
        this.courses = courses;
        this.county = county;
        this.writable = writable;
        this.texts = texts;
        this.adopted = adopted;
        setId("training-offered");
        setPadding(false);
        grid.setId("training-offered-grid");
        grid.addColumn(o -> o.course().map(c -> c.name()).orElse(o.publication().key()))
                .setHeader(texts.of("training.course.name"))
                .setFlexGrow(3);
        grid.addColumn(o ->
                        o.course().map(c -> texts.of(c.scope().messageKey())).orElse(""))
                .setHeader(texts.of("training.course.scope"));
        grid.addColumn(o -> o.course().map(c -> c.organizer()).orElse(""))
                .setHeader(texts.of("training.course.organizer"))
                .setFlexGrow(2);
        grid.addColumn(o -> o.course()
                        .map(c -> Texts.date(c.startDate()) + " ~ " + Texts.date(c.endDate()))
                        .orElse(""))
                .setHeader(texts.of("training.course.dates"))
                .setFlexGrow(2);
        grid.addColumn(o -> o.course().map(c -> Texts.number(c.hours())).orElse(""))
                .setHeader(texts.of("training.course.hours"));
        grid.addComponentColumn(this::action).setKey("action").setHeader(texts.of("training.offered.action"));
        grid.setAllRowsVisible(true);
        add(new H3(texts.of("training.offered.title")), grid);
        refresh();
    }

    private com.vaadin.flow.component.Component action(Offered offered) {
        if (offered.adopted()) {
            Span taken = new Span(texts.of("training.offered.adopted"));
            taken.setId("training-offered-adopted-" + offered.publication().key());
            return taken;
        }
        Button adopt = new Button(texts.of("training.offered.adopt"), e -> adopt(offered));
        adopt.setId("training-adopt-" + offered.publication().key());
        adopt.setEnabled(writable && offered.course().isPresent());
        return adopt;
    }

    private void adopt(Offered offered) {
        CourseService.Added added = courses.adopt(county, offered.publication());
        if (added.course().isPresent()) {
            Notification.show(texts.of(
                            "training.offered.done",
                            added.course().get().course().name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            adopted.run();
        } else {
            added.problems()
                    .forEach(p -> Notification.show(texts.of(p)).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private void refresh() {
        List<Offered> offered = courses.offered(county);
        grid.setItems(offered);
        setVisible(!offered.isEmpty());
    }
}
