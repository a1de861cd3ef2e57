package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.service.DrawService;
import cn.zugong.plugin.supervision.service.Exports;
import cn.zugong.plugin.supervision.service.MattersService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;

/**
 * {@code supervision/matters}: a year's personal-matters reports (DOMAIN §4.4): opening the year for
 * the cadres in scope, the random draw (and its replay from the recorded seed), and each report's
 * checks and 五个一律 decision in {@link MattersPanel}.
 */
public class MattersView extends SupervisionPage {

    private final MattersService matters = new MattersService(context);
    private final DrawService draws = new DrawService(context);
    private final Grid<MattersService.MattersView> grid = new Grid<>();
    private final IntegerField year = new IntegerField();
    private ComboBox<CadreRef> cadre;
    private final Paragraph draw = new Paragraph();
    private final MattersPanel panel;

    public MattersView() {
        super("supervision-matters", "supervision.matters.title");
        boolean writable = writable(SupervisionPermissions.MANAGE);
        panel = new MattersPanel(context, feedback, writable, this::refresh);
        if (county.isEmpty()) {
            return;
        }
        year.setId("supervision-matters-year");
        year.setLabel(getTranslation("supervision.matters.year"));
        year.setValue(LocalDate.now(context.clock()).getYear() - 1);
        year.addValueChangeListener(e -> refresh());
        cadre = Cadres.chooser(context, "supervision-matters-cadre", getTranslation("supervision.matters.ofCadre"));
        cadre.setClearButtonVisible(true);
        cadre.addValueChangeListener(e -> refresh());
        HorizontalLayout top = new HorizontalLayout(year, cadre);
        top.setAlignItems(Alignment.BASELINE);
        if (writable) {
            Button open = new Button(getTranslation("supervision.matters.openYear"), e -> {
                int[] opened = new int[1];
                if (feedback.run(() -> opened[0] = matters.openYear(year.getValue()))) {
                    feedback.success("supervision.matters.opened", String.valueOf(opened[0]));
                    refresh();
                }
            });
            open.setId("supervision-matters-open-year");
            Button drawNow = new Button(getTranslation("supervision.matters.draw"), e -> {
                if (feedback.run(() -> draws.draw(year.getValue()))) {
                    refresh();
                }
            });
            drawNow.setId("supervision-matters-draw");
            top.add(open, drawNow);
        }
        draw.setId("supervision-matters-draw-record");
        grid.setId("supervision-matters-grid");
        grid.addColumn(m -> Cadres.name(m.cadre())).setHeader(getTranslation("supervision.cadre"));
        grid.addColumn(m -> m.report().year()).setHeader(getTranslation("supervision.matters.year"));
        grid.addColumn(m -> getTranslation(m.report().status().messageKey()))
                .setHeader(getTranslation("supervision.matters.status"));
        grid.addColumn(m -> m.report()
                        .finding()
                        .map(f -> getTranslation(f.messageKey()))
                        .orElse(""))
                .setHeader(getTranslation("supervision.matters.finding"));
        grid.addColumn(m -> m.report()
                        .handling()
                        .map(h -> getTranslation(h.messageKey()))
                        .orElse(""))
                .setHeader(getTranslation("supervision.matters.handling"));
        // Opening a report reads it afresh through the service, which records the read.
        grid.addSelectionListener(e -> e.getFirstSelectedItem()
                .flatMap(m -> matters.read(m.report().id()))
                .ifPresentOrElse(panel::show, panel::clear));
        grid.setHeight("20em");
        ExportLink export = new ExportLink(
                feedback,
                "supervision-matters-export",
                getTranslation("supervision.export.matters"),
                getTranslation("supervision.export.matters.file"),
                () -> Workbooks.checks(
                        context.spreadsheets(), this, new Exports(context).checkResults(year.getValue())));
        add(top, draw, export, grid, panel);
        refresh();
    }

    private void refresh() {
        if (year.getValue() == null || cadre == null) {
            return;
        }
        // One cadre's reports of every year, or the whole county's of the year.
        grid.setItems(
                cadre.getValue() == null
                        ? matters.ofYear(year.getValue())
                        : matters.ofCadre(cadre.getValue().id()));
        draw.setText(draws.replay(year.getValue())
                .map(r -> getTranslation(
                        r.matches() ? "supervision.matters.drawRecord" : "supervision.matters.drawMismatch",
                        String.valueOf(r.seed()),
                        r.draw().rate().toPlainString(),
                        String.valueOf(r.draw().population().size()),
                        String.valueOf(r.draw().drawn().size())))
                .orElse(getTranslation("supervision.matters.notDrawn")));
    }
}
