package cn.zugong.ui.oversight;

import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.statistics.StatColumn;
import cn.zugong.core.statistics.StatisticsService;
import cn.zugong.core.statistics.StatisticsSubmission;
import cn.zugong.core.statistics.YearStatistics;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.i18n.MessageArgs;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Who has submitted the year. A county user: their county's state, and for a writer the submit
 * button while the year is open. A supervisor: every county with its total and whether (when,
 * with which SHA-256) it submitted; a county row shows that county's figures.
 */
class SubmissionPanel extends VerticalLayout {

    final Paragraph state = new Paragraph();
    final Button submit = new Button();
    final Grid<YearStatistics.County> counties = new Grid<>();
    private final StatisticsService service;
    private final Function<String, String> name;
    private final Runnable reload;
    private YearStatistics statistics;

    SubmissionPanel(
            StatisticsService service, Function<String, String> name, Runnable reload, Consumer<String> select) {
        this.service = service;
        this.name = name;
        this.reload = reload;
        setPadding(false);
        state.setId("statistics-state");
        submit.setId("statistics-submit");
        submit.setText(getTranslation("statistics.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        counties.setId("statistics-counties");
        counties.setAllRowsVisible(true);
        counties.addColumn(c -> name.apply(c.code())).setHeader(getTranslation("statistics.county.name"));
        counties.addColumn(c -> name.apply(c.city())).setHeader(getTranslation("statistics.county.city"));
        counties.addComponentColumn(c -> {
                    Span total = new Span(Long.toString(c.figures().total(StatColumn.TOTAL)));
                    total.setId("statistics-county-total-" + c.code());
                    return total;
                })
                .setHeader(getTranslation("statistics.column.TOTAL"))
                .setKey("total");
        counties.addComponentColumn(c -> {
                    Span submitted = new Span(submitted(c));
                    submitted.setId("statistics-county-submitted-" + c.code());
                    return submitted;
                })
                .setHeader(getTranslation("statistics.county.submitted"))
                .setKey("submitted")
                .setAutoWidth(true);
        counties.addColumn(
                        c -> c.submission().map(StatisticsSubmission::getSha256).orElse(""))
                .setHeader(getTranslation("statistics.county.sha256"))
                .setFlexGrow(2);
        counties.addItemClickListener(click -> select.accept(click.getItem().code()));
        add(state, submit, counties);
    }

    void show(YearStatistics shown) {
        this.statistics = shown;
        boolean supervisor = shown.counties().size() > 1;
        counties.setVisible(supervisor);
        counties.setItems(shown.counties());
        if (supervisor) {
            state.setText(getTranslation(
                    "statistics.submittedCount",
                    shown.submittedCount(),
                    shown.counties().size()));
            submit.setVisible(false);
            return;
        }
        YearStatistics.County county =
                shown.counties().isEmpty() ? null : shown.counties().getFirst();
        state.setText(county == null ? "" : submitted(county));
        submit.setVisible(county != null && !county.submitted() && CountyAccess.canWrite());
    }

    private String submitted(YearStatistics.County county) {
        return county.submission()
                .map(s -> getTranslation(
                        "statistics.county.submittedBy",
                        s.getSubmittedAt().toString(),
                        s.getSubmittedBy(),
                        s.getSha256()))
                .orElse(getTranslation("statistics.county.notSubmitted"));
    }

    private void submit() {
        try {
            service.submit(statistics.year());
            Notification.show(
                            getTranslation("statistics.submitted", statistics.year()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload.run();
        } catch (ValidationException invalid) {
            error(MessageArgs.text(this, invalid.problems().getFirst()));
        } catch (AccessDeniedException denied) {
            error(getTranslation(denied.getMessage()));
        }
    }

    private static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("statistics-error");
    }
}
