package cn.zugong.plugin.training.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.service.CourseService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code training}: the department's course catalogue, paged, latest first; the reminders of
 * promoted cadres' make-up training; the courses published from above, to take into the catalogue;
 * and, for the selected course, its enrollments. A province's or city's department publishes its
 * selected course to the counties below, or withdraws it. Courses are added, published, and
 * enrollments changed, only where the department is writable.
 */
public class CatalogueView extends TrainingPage {

    private final CourseService courses = new CourseService(context);
    private final Grid<CourseEntry> grid = new Grid<>();
    private final Map<UUID, Long> enrolled = new HashMap<>();
    private final Set<UUID> published = new HashSet<>();
    private final Button publish = new Button();
    private final Button withdraw = new Button();

    public CatalogueView() {
        super("training-catalogue", "training.catalogue.title");
        if (county.isEmpty()) {
            return;
        }
        TenantId here = county.get();
        add(new RemindersPanel(context, here, texts));
        Button add = new Button(getTranslation("training.course.new"), e -> new CourseDialog(texts, this::save).open());
        add.setId("training-course-new");
        add.setVisible(writable);
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("training.catalogue.courses")), add);
        head.setAlignItems(Alignment.BASELINE);
        boolean publishes = writable && courses.canPublish(here);
        if (publishes) {
            published.addAll(courses.published());
            publishControls(here, head);
        }
        EnrollmentPanel enrollments = new EnrollmentPanel(context, here, writable, texts, this::refreshCounts);
        configure(grid);
        if (publishes) {
            grid.addColumn(c -> published.contains(c.id()) ? getTranslation("training.publish.yes") : "")
                    .setHeader(getTranslation("training.publish.column"));
        }
        grid.setItems(
                query -> {
                    List<CourseEntry> page = courses.page(here, query.getOffset(), query.getLimit());
                    enrolled.putAll(courses.enrolled(
                            here, page.stream().map(CourseEntry::id).toList()));
                    return page.stream();
                },
                query -> courses.count(here));
        grid.asSingleSelect().addValueChangeListener(e -> {
            enrollments.show(e.getValue());
            updatePublishing(e.getValue());
        });
        add(new OfferedPanel(courses, here, writable, texts, this::refreshCounts), head, grid, enrollments);
    }

    private void configure(Grid<CourseEntry> courses) {
        courses.setId("training-courses");
        courses.addColumn(c -> c.course().name())
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        courses.addColumn(c -> getTranslation(c.course().scope().messageKey()))
                .setHeader(getTranslation("training.course.scope"));
        courses.addColumn(c -> getTranslation(c.course().mode().messageKey()))
                .setHeader(getTranslation("training.course.mode"));
        courses.addColumn(c -> getTranslation(c.course().category().messageKey()))
                .setHeader(getTranslation("training.course.category"));
        courses.addColumn(c -> Texts.date(c.course().startDate()) + " ~ "
                        + Texts.date(c.course().endDate()))
                .setHeader(getTranslation("training.course.dates"))
                .setFlexGrow(2);
        courses.addColumn(c -> c.course().days()).setHeader(getTranslation("training.course.days"));
        courses.addColumn(c -> Texts.number(c.course().hours())).setHeader(getTranslation("training.course.hours"));
        courses.addColumn(c -> enrolled.getOrDefault(c.id(), 0L)).setHeader(getTranslation("training.course.enrolled"));
        courses.setPageSize(50);
        courses.setHeight("24em");
    }

    /** Stores a course from the dialog; the problems, when any, go back to the dialog. */
    private CourseService.Added save(Course course) {
        CourseService.Added added = courses.add(county.orElseThrow(), course);
        if (added.course().isPresent()) {
            grid.getDataProvider().refreshAll();
            grid.select(added.course().get());
        }
        return added;
    }

    private void publishControls(TenantId department, HorizontalLayout head) {
        publish.setText(getTranslation("training.publish.action"));
        publish.setId("training-course-publish");
        publish.addClickListener(e -> grid.asSingleSelect().getOptionalValue().ifPresent(c -> {
            try {
                courses.publish(department, c.id());
            } catch (IllegalStateException noneBelow) {
                // the platform knows no tenant below this department
                Notification.show(getTranslation("training.publish.noneBelow"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            published.add(c.id());
            Notification.show(getTranslation("training.publish.done", c.course().name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterPublishing(c);
        }));
        withdraw.setText(getTranslation("training.publish.withdraw"));
        withdraw.setId("training-course-withdraw");
        withdraw.addClickListener(e -> grid.asSingleSelect().getOptionalValue().ifPresent(c -> {
            courses.withdraw(department, c.id());
            published.remove(c.id());
            Notification.show(
                    getTranslation("training.publish.withdrawn", c.course().name()));
            afterPublishing(c);
        }));
        updatePublishing(null);
        head.add(publish, withdraw);
    }

    private void afterPublishing(CourseEntry course) {
        grid.getDataProvider().refreshItem(course);
        updatePublishing(course);
    }

    private void updatePublishing(CourseEntry selected) {
        publish.setEnabled(selected != null && !published.contains(selected.id()));
        withdraw.setEnabled(selected != null && published.contains(selected.id()));
    }

    private void refreshCounts() {
        grid.getDataProvider().refreshAll();
    }
}
