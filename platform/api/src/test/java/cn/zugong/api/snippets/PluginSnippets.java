package cn.zugong.api.snippets;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.plugin.PluginEntities;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pf4j.Extension;

// spotless:off
class PluginSnippets {
    void audit(PluginContext context, Course course) {
        context.audit().record("course.create", "training_course", course.id().toString(), course.title(), // @start region=audit
                Map.of(), Map.of("hours", course.hours()));
        // @end
    }

    @Extension // @start region=entities
    public static class TrainingEntities implements PluginEntities { // @replace substring="static " replacement=""
        public List<Class<?>> entityClasses() { return List.of(Course.class, Enrollment.class); }
    }
    // @end

    void persistence(PluginContext context) {
        List<Course> courses = context.persistence().inTransaction(em -> // @start region=persistence
                em.createQuery("select c from Course c order by c.starts", Course.class).getResultList());
        context.persistence().run(em -> em.persist(new Course(UUID.randomUUID(), "党史", BigDecimal.TEN, LocalDate.now())));
        // @end
    }

    @Extension // @start region=context
    public static abstract class ShortOfHours implements DashboardIndicator { // @replace substring="static abstract " replacement=""
        private final PluginContext context;
        public ShortOfHours(PluginContext context) { this.context = context; }
        // ...
    }

    public static class CoursesView extends VerticalLayout { // @replace substring="static " replacement=""
        private final PluginContext context = PluginContext.of(CoursesView.class);
        // ...
    }
    // @end

    void permitted(PluginContext context, Button add) {
        add.setVisible(context.permitted(TrainingPermissions.MANAGE)); // @start region=permitted
        // @end
    }
}
// spotless:on
