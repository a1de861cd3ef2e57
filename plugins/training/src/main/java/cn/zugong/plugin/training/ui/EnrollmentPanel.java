package cn.zugong.plugin.training.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.data.EnrollmentEntry;
import cn.zugong.plugin.training.enrollment.Enrollment;
import cn.zugong.plugin.training.enrollment.Transition;
import cn.zugong.plugin.training.rules.CreditRules;
import cn.zugong.plugin.training.service.EnrollmentService;
import cn.zugong.plugin.training.service.StandingService;
import cn.zugong.plugin.training.service.UnreadableRulesException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enrollments of the selected course (DOMAIN 1.3, 1.4): cadres in office enrolled in it, each
 * row with the moves its state allows. Leave over 1/7 of the course's hours withdraws the cadre at
 * once (T7), which the notice above the list says.
 */
class EnrollmentPanel extends VerticalLayout {

    /** The key of the column of the moves. */
    static final String ACTIONS = "actions";

    private final EnrollmentService enrollments;
    private final TenantId county;
    private final boolean writable;
    private final Texts texts;
    private final Runnable changed;
    private final Map<UUID, CadreRef> cadres;
    private final H3 title = new H3();
    private final Span limit = new Span();
    private final Span notice = new Span();
    private final MultiSelectComboBox<CadreRef> choose = Widgets.multiSelectComboBox();
    private final Grid<EnrollmentEntry> grid = new Grid<>();
    private final EnrollmentActions actions;
    private CourseEntry course;

    EnrollmentPanel(PluginContext context, TenantId county, boolean writable, Texts texts, Runnable changed) {
        this.enrollments = new EnrollmentService(context);
        this.county = county;
        this.writable = writable;
        this.texts = texts;
        this.changed = changed;
        this.cadres = new StandingService(context)
                .cadres(county).stream().collect(Collectors.toMap(CadreRef::id, Function.identity(), (a, b) -> a));
        this.actions = new EnrollmentActions(enrollments, county, texts, this::after);
        setId("training-enrollments");
        setPadding(false);
        limit.setId("training-enrollment-limit");
        notice.setId("training-enrollment-notice");
        choose.setId("training-enroll-cadres");
        choose.setLabel(texts.of("training.enrollment.cadres"));
        choose.setItems(cadres.values().stream()
                .sorted(Comparator.comparing(CadreRef::name))
                .toList());
        choose.setItemLabelGenerator(Texts::label);
        choose.setWidth("32em");
        Button enroll = new Button(texts.of("training.enrollment.enroll"), e -> enroll());
        enroll.setId("training-enroll");
        HorizontalLayout add = new HorizontalLayout(choose, enroll);
        add.setAlignItems(Alignment.BASELINE);
        add.setVisible(writable);
        configure();
        add(title, limit, add, notice, grid);
        setVisible(false);
    }

    private void configure() {
        grid.setId("training-enrollment-grid");
        grid.addColumn(e -> Texts.name(cadres, e.cadreId())).setHeader(texts.of("training.enrollment.cadre"));
        grid.addColumn(e -> texts.of(e.enrollment().status().messageKey()))
                .setHeader(texts.of("training.enrollment.status"));
        grid.addColumn(e -> Texts.number(e.enrollment().leaveHours()))
                .setHeader(texts.of("training.enrollment.leaveHours"));
        grid.addColumn(e -> e.result().map(r -> texts.of(r.messageKey())).orElse(""))
                .setHeader(texts.of("training.enrollment.result"));
        grid.addColumn(e -> e.assessment().orElse("")).setHeader(texts.of("training.enrollment.assessment"));
        grid.addColumn(e -> Texts.number(e.enrollment().creditedHours()))
                .setHeader(texts.of("training.enrollment.creditedHours"));
        if (writable) {
            grid.addComponentColumn(actions::buttons)
                    .setKey(ACTIONS)
                    .setHeader(texts.of("training.enrollment.actions"))
                    .setFlexGrow(3);
        }
        grid.setAllRowsVisible(true);
    }

    /** Shows the enrollments of {@code selected}; hides the panel when nothing is selected. */
    void show(CourseEntry selected) {
        course = selected;
        notice.setText("");
        setVisible(selected != null);
        if (selected == null) {
            return;
        }
        title.setText(texts.of("training.enrollment.title", selected.course().name()));
        limit.setText(leaveLimit(selected));
        refresh();
    }

    private String leaveLimit(CourseEntry selected) {
        try {
            CreditRules rules = actions.rules();
            Enrollment planned = Enrollment.planned(selected.course());
            return texts.of(
                    "training.enrollment.leaveLimit",
                    Texts.number(selected.course().hours()),
                    Texts.number(planned.leaveLimit(rules)),
                    rules.leaveDivisor());
        } catch (UnreadableRulesException e) {
            return texts.of("training.rules.unreadable", e.problems().getFirst().field());
        }
    }

    private void enroll() {
        if (course == null || choose.getValue().isEmpty()) {
            return;
        }
        int added = enrollments
                .enroll(
                        county,
                        course.id(),
                        choose.getValue().stream().map(CadreRef::id).toList())
                .size();
        notice.setText(texts.of(
                "training.enrollment.enrolled", added, choose.getValue().size()));
        choose.clear();
        refresh();
        changed.run();
    }

    /** After a move: its notice (T7's automatic withdrawal) or its refusal, then the list again. */
    private void after(Transition transition) {
        switch (transition) {
            case Transition.Moved moved -> {
                String text = moved.notice().map(texts::of).orElse("");
                notice.setText(text);
                if (!text.isEmpty()) {
                    Notification.show(text).addThemeVariants(NotificationVariant.LUMO_WARNING);
                }
            }
            case Transition.Refused refused -> {
                notice.setText(texts.of(refused.reason()));
                Notification.show(texts.of(refused.reason())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
        refresh();
    }

    private void refresh() {
        if (course != null) {
            grid.setItems(enrollments.ofCourse(county, course.id()));
        }
    }
}
