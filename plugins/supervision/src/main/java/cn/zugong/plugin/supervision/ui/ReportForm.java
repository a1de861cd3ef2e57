package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import cn.zugong.plugin.supervision.service.NewReport;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/** The fields of a report an officer registers; each field known to {@link Feedback} by the name the service's problems use. */
final class ReportForm extends FormLayout {

    private final ComboBox<ReportChannel> channel = new ComboBox<>();
    private final ComboBox<ReportCategory> category = new ComboBox<>();
    private final Checkbox realName = new Checkbox();
    private final TextField reporterName = new TextField();
    private final TextField reporterContact = new TextField();
    private final TextArea summary = new TextArea();
    private final Checkbox specificClues = new Checkbox();
    private final DatePicker received = Widgets.datePicker();
    private final MultiSelectComboBox<CadreRef> subjects = Widgets.multiSelectComboBox();

    ReportForm(PluginContext context, Feedback feedback, LocalDate today) {
        setId("supervision-report-form");
        channel.setId("supervision-report-channel");
        channel.setLabel(getTranslation("supervision.report.channel"));
        channel.setItems(ReportChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setId("supervision-report-category");
        category.setLabel(getTranslation("supervision.report.category"));
        category.setItems(ReportCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        realName.setId("supervision-report-real-name");
        realName.setLabel(getTranslation("supervision.report.realName"));
        reporterName.setId("supervision-report-reporter-name");
        reporterName.setLabel(getTranslation("supervision.report.reporterName"));
        reporterContact.setId("supervision-report-reporter-contact");
        reporterContact.setLabel(getTranslation("supervision.report.reporterContact"));
        summary.setId("supervision-report-summary");
        summary.setLabel(getTranslation("supervision.report.summary"));
        summary.setMaxLength(2000);
        specificClues.setId("supervision-report-specific");
        specificClues.setLabel(getTranslation("supervision.report.specificClues"));
        received.setId("supervision-report-received");
        received.setLabel(getTranslation("supervision.report.received"));
        received.setValue(today);
        subjects.setId("supervision-report-subjects");
        subjects.setLabel(getTranslation("supervision.report.subjects"));
        subjects.setItems(context.cadres().active());
        subjects.setItemLabelGenerator(Cadres::label);
        feedback.field("channel", channel);
        feedback.field("category", category);
        feedback.field("reporterName", reporterName);
        feedback.field("reporterContact", reporterContact);
        feedback.field("summary", summary);
        feedback.field("received", received);
        feedback.field("subjects", subjects);
        add(channel, category, received, realName, reporterName, reporterContact, subjects, specificClues);
        add(summary, 2);
    }

    NewReport value() {
        return new NewReport(
                channel.getValue(),
                realName.getValue(),
                reporterName.getValue(),
                reporterContact.getValue(),
                category.getValue(),
                summary.getValue(),
                specificClues.getValue(),
                received.getValue(),
                List.copyOf(subjects.getValue().stream().map(CadreRef::id).toList()));
    }

    void clear(LocalDate today) {
        channel.clear();
        category.clear();
        realName.clear();
        reporterName.clear();
        reporterContact.clear();
        summary.clear();
        specificClues.clear();
        subjects.clear();
        received.setValue(today);
    }
}
