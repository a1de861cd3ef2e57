package cn.zugong.plugin.training.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.service.CourseService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code training}: the county's course catalogue, paged, latest first; the reminders of promoted
 * cadres' make-up training (the platform has no notification service, so officers see them here);
 * and, for the selected course, its enrollments. Courses are added, and enrollments changed, only
 * where the county is writable.
 */
public class CatalogueView extends TrainingPage {

    private final CourseService courses = new CourseService(context);
    private final Grid<CourseEntry> grid = new Grid<>();
    private final Map<UUID, Long> enrolled = new HashMap<>();

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
        EnrollmentPanel enrollments = new EnrollmentPanel(context, here, writable, texts, this::refreshCounts);
        configure(grid);
        grid.setItems(
                query -> {
                    List<CourseEntry> page = courses.page(here, query.getOffset(), query.getLimit());
                    enrolled.putAll(courses.enrolled(
                            here, page.stream().map(CourseEntry::id).toList()));
                    return page.stream();
                },
                query -> courses.count(here));
        grid.asSingleSelect().addValueChangeListener(e -> enrollments.show(e.getValue()));
        add(head, grid, enrollments);
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

    private void refreshCounts() {
        grid.getDataProvider().refreshAll();
    }
}
