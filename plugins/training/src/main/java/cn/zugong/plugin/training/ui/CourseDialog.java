package cn.zugong.plugin.training.ui;

import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.course.CourseCategory;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.course.CourseScope;
import cn.zugong.plugin.training.course.CourseValidator;
import cn.zugong.plugin.training.course.OrganizerKind;
import cn.zugong.plugin.training.service.CourseService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The form of a new course (DOMAIN 1.3). A course the province publishes is recorded with the
 * scope "published by the province". The domain's validator checks it; each problem is shown on its
 * field.
 */
class CourseDialog extends Dialog {

    private final Texts texts;
    private final TextField name = new TextField();
    private final Select<OrganizerKind> organizerKind = new Select<>();
    private final TextField organizer = new TextField();
    private final Select<CourseMode> mode = new Select<>();
    private final Select<CourseCategory> category = new Select<>();
    private final Select<CourseScope> scope = new Select<>();
    private final DatePicker startDate = Widgets.datePicker();
    private final DatePicker endDate = Widgets.datePicker();
    private final IntegerField days = new IntegerField();
    private final BigDecimalField hours = new BigDecimalField();
    private final TextField recognizedBy = new TextField();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final FormLayout form = new FormLayout();

    CourseDialog(Texts texts, Function<Course, CourseService.Added> save) {
        this.texts = texts;
        setId("training-course-dialog");
        setHeaderTitle(texts.of("training.course.new"));
        field("name", name, "training-course-name", "training.course.name");
        field("organizerKind", organizerKind, "training-course-organizer-kind", "training.course.organizerKind");
        field("organizer", organizer, "training-course-organizer", "training.course.organizer");
        field("mode", mode, "training-course-mode", "training.course.mode");
        field("category", category, "training-course-category", "training.course.category");
        field("scope", scope, "training-course-scope", "training.course.scope");
        field("startDate", startDate, "training-course-start", "training.course.startDate");
        field("endDate", endDate, "training-course-end", "training.course.endDate");
        field("days", days, "training-course-days", "training.course.days");
        field("hours", hours, "training-course-hours", "training.course.hours");
        field("recognizedBy", recognizedBy, "training-course-recognized-by", "training.course.recognizedBy");
        for (TextField text : new TextField[] {name, organizer, recognizedBy}) {
            text.setMaxLength(CourseValidator.MAX_TEXT);
        }
        organizerKind.setItems(OrganizerKind.values());
        organizerKind.setItemLabelGenerator(k -> texts.of(k.messageKey()));
        mode.setItems(CourseMode.values());
        mode.setItemLabelGenerator(m -> texts.of(m.messageKey()));
        category.setItems(CourseCategory.values());
        category.setItemLabelGenerator(c -> texts.of(c.messageKey()));
        scope.setItems(CourseScope.values());
        scope.setItemLabelGenerator(s -> texts.of(s.messageKey()));
        scope.setValue(CourseScope.COUNTY);
        scope.setHelperText(texts.of("training.course.scopeHelp"));
        days.setMin(0);
        // The fields check nothing themselves: the domain's validator decides (DOMAIN 1.5).
        name.setManualValidation(true);
        organizerKind.setManualValidation(true);
        organizer.setManualValidation(true);
        mode.setManualValidation(true);
        category.setManualValidation(true);
        scope.setManualValidation(true);
        startDate.setManualValidation(true);
        endDate.setManualValidation(true);
        days.setManualValidation(true);
        hours.setManualValidation(true);
        recognizedBy.setManualValidation(true);
        add(form);
        Button ok = new Button(texts.of("training.action.save"), e -> {
            CourseService.Added added = save.apply(course());
            if (added.course().isPresent()) {
                close();
            } else {
                show(added);
            }
        });
        ok.setId("training-course-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(texts.of("training.action.cancel"), e -> close());
        cancel.setId("training-course-cancel");
        getFooter().add(cancel, ok);
    }

    private <F extends Component & HasLabel & HasValidation> void field(
            String key, F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(texts.of(labelKey));
        fields.put(key, field);
        form.add(field);
    }

    private Course course() {
        return new Course(
                name.getValue(),
                organizerKind.getValue(),
                organizer.getValue(),
                mode.getValue(),
                category.getValue(),
                startDate.getValue(),
                endDate.getValue(),
                days.getValue() == null ? 0 : days.getValue(),
                hours.getValue(),
                scope.getValue(),
                recognizedBy.getValue());
    }

    private void show(CourseService.Added added) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (Problem problem : added.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(texts.of(problem));
                field.setInvalid(true);
            }
        }
    }
}
