package cn.zugong.plugin.supervision.ui;

import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.service.Exports;
import cn.zugong.plugin.supervision.service.ReportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * {@code supervision/reports}: the county's reports (DOMAIN §4.5, §4.10), for the holders of {@code
 * supervision.reports} only (the platform refuses the page to others, and the service refuses every
 * call). A lazy grid, newest first, each page's reports recorded as read; a selected report is read
 * (and recorded) and shown with its deadlines and the moves it allows; a form registers a new one.
 */
public class ReportsView extends SupervisionPage {

    private final ReportService reports = new ReportService(context);
    private final Grid<ReportService.ReportView> grid = new Grid<>();
    private final ReportPanel panel;

    public ReportsView() {
        super("supervision-reports", "supervision.reports.title");
        boolean writable = writable(SupervisionPermissions.REPORTS);
        panel = new ReportPanel(context, feedback, writable, this::refresh);
        if (county.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(context.clock());
        if (writable) {
            ReportForm form = new ReportForm(context, feedback, today);
            Button register = new Button(getTranslation("supervision.report.register"));
            register.setId("supervision-report-register");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.addClickListener(e -> {
                ReportService.ReportView[] saved = new ReportService.ReportView[1];
                if (feedback.run(() -> saved[0] = reports.register(form.value()))) {
                    form.clear(today);
                    feedback.success("supervision.report.registered");
                    refresh();
                    panel.show(saved[0]);
                }
            });
            Details registerBox = new Details(getTranslation("supervision.report.new"), form, register);
            registerBox.setId("supervision-report-new");
            add(registerBox);
        }
        grid.setId("supervision-report-grid");
        grid.addColumn(r -> r.report().receivedOn().toString())
                .setHeader(getTranslation("supervision.report.received"));
        grid.addColumn(r -> getTranslation(r.report().category().messageKey()))
                .setHeader(getTranslation("supervision.report.category"));
        grid.addColumn(r -> r.subjects().stream().map(s -> s.name()).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("supervision.report.subjects"));
        grid.addColumn(r -> getTranslation(r.report().status().messageKey()))
                .setHeader(getTranslation("supervision.report.status"));
        grid.addColumn(r -> r.overdue() ? getTranslation("supervision.report.overdue") : "")
                .setHeader(getTranslation("supervision.report.deadline"));
        grid.setItems(query -> reports.page(query.getOffset(), query.getLimit()).stream());
        grid.setPageSize(50);
        grid.addSelectionListener(e -> e.getFirstSelectedItem()
                .flatMap(r -> reports.read(r.report().id()))
                .ifPresentOrElse(panel::show, panel::clear));
        grid.setHeight("20em");
        add(exportLink(), grid, panel);
    }

    /** The reports list as an Excel workbook: read (and recorded) only when asked for. */
    private ExportLink exportLink() {
        return new ExportLink(
                feedback,
                "supervision-report-export",
                getTranslation("supervision.export.reports"),
                getTranslation("supervision.export.reports.file"),
                () -> Workbooks.reports(context.spreadsheets(), this, new Exports(context).reports()));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
