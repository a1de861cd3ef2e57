package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.infrastructure.excel.ImportReport;
import cn.zugong.core.cadre.infrastructure.excel.ProblemSheet;
import cn.zugong.core.cadre.infrastructure.excel.RowProblem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;

/**
 * The outcome of an import: "N cadres imported", or the problems in a grid (row, column,
 * translated reason) with a download of the same list as .xlsx.
 */
class ImportResult extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Span summary = new Span();
    private final Grid<RowProblem> problems = new Grid<>();
    private final Anchor download = new Anchor();

    ImportResult() {
        setPadding(false);
        summary.setId("excel-result");
        problems.setId("excel-problems");
        problems.addColumn(RowProblem::row)
                .setHeader(getTranslation("excel.problem.row"))
                .setFlexGrow(0)
                .setWidth("6em");
        problems.addColumn(RowProblem::column)
                .setHeader(getTranslation("excel.problem.column"))
                .setFlexGrow(1);
        problems.addColumn(this::reason)
                .setHeader(getTranslation("excel.problem.reason"))
                .setFlexGrow(5);
        problems.setAllRowsVisible(false);
        problems.setHeight("28em");
        download.setId("excel-problems-download");
        download.setText(getTranslation("excel.problems.download"));
        add(summary, download, problems);
        clear();
    }

    void clear() {
        summary.setText("");
        problems.setItems(List.of());
        problems.setVisible(false);
        download.setVisible(false);
    }

    void show(ImportReport report) {
        if (report.succeeded()) {
            clear();
            summary.setText(getTranslation("excel.import.done", report.imported()));
            return;
        }
        String text = getTranslation("excel.import.refused", report.problemCount());
        if (report.problemCount() > report.problems().size()) {
            text += getTranslation("excel.import.more", report.problems().size(), report.problemCount());
        }
        summary.setText(text);
        problems.setItems(report.problems());
        problems.setVisible(true);
        List<RowProblem> listed = report.problems();
        List<String> headers = List.of(
                getTranslation("excel.problem.row"),
                getTranslation("excel.problem.column"),
                getTranslation("excel.problem.reason"));
        download.setHref((DownloadHandler) event -> {
            event.setFileName(getTranslation("excel.problems.file") + ".xlsx");
            event.setContentType(XLSX);
            ProblemSheet.write(listed, headers, this::reason, event.getOutputStream());
        });
        download.setVisible(true);
    }

    void showError(String text) {
        clear();
        summary.setText(text);
    }

    String reason(RowProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }
}
