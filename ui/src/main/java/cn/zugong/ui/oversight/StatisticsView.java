package cn.zugong.ui.oversight;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.statistics.CountyStatistics;
import cn.zugong.core.statistics.StatColumn;
import cn.zugong.core.statistics.StatisticsService;
import cn.zugong.core.statistics.StatisticsWorkbook;
import cn.zugong.core.statistics.YearStatistics;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.i18n.MessageArgs;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The annual cadre statistics ({@code statistics/<year>}, default last year): what the figures
 * cover (a supervisor picks the whole scope, a city or a county; a county user sees their county),
 * the basic table and the changes of the year at the year's reference date, the counties with who
 * has submitted, the Excel export in the tables' layout, and a county writer's submission.
 */
@Access(OversightAccess.class)
@MenuEntry(label = "nav.statistics", icon = VaadinIcon.TABLE, order = 44)
@Route(value = "statistics", layout = MainLayout.class)
public class StatisticsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The years offered in the year picker: this one and so many before. */
    static final int YEARS_OFFERED = 10;

    final Select<Integer> year = new Select<>();
    final Select<String> scope = new Select<>();
    final Paragraph reference = new Paragraph();
    final Paragraph total = new Paragraph();
    final Paragraph problem = new Paragraph();
    final StatisticsTables tables = new StatisticsTables();
    final SubmissionPanel submission;
    private final Anchor export;
    private final StatisticsService service;
    private final TenantDirectory directory;
    private YearStatistics statistics;

    @Inject
    StatisticsView(StatisticsService service, TenantDirectory directory) {
        this.service = service;
        this.directory = directory;
        this.submission = new SubmissionPanel(service, this::name, () -> load(year.getValue()), this::showScope);
        setWidthFull();
        int thisYear = LocalDate.now().getYear();
        year.setId("statistics-year");
        year.setLabel(getTranslation("statistics.year"));
        year.setItems(IntStream.rangeClosed(0, YEARS_OFFERED)
                .mapToObj(i -> thisYear - i)
                .toList());
        year.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(StatisticsView.class, Integer.toString(change.getValue())));
            }
        });
        scope.setId("statistics-scope");
        scope.setLabel(getTranslation("statistics.scope"));
        scope.setItemLabelGenerator(this::scopeName);
        scope.addValueChangeListener(change -> showScope(change.getValue()));
        reference.setId("statistics-reference-date");
        total.setId("statistics-total");
        problem.setId("statistics-problem");
        problem.setVisible(false);
        export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(getTranslation("statistics.file", statistics.year()) + ".xlsx");
                    event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                    export(event.getOutputStream());
                },
                getTranslation("statistics.export"));
        export.setId("statistics-export");
        HorizontalLayout toolbar = new HorizontalLayout(year, scope, export);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("statistics.title")), new Paragraph(getTranslation("statistics.rule")));
        add(toolbar, problem, reference, total, submission, tables);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        int lastYear = LocalDate.now().getYear() - 1;
        int chosen = lastYear;
        if (parameter != null) {
            try {
                chosen = Integer.parseInt(parameter.strip());
            } catch (NumberFormatException notAYear) {
                chosen = Integer.MIN_VALUE;
            }
        }
        load(chosen);
    }

    void load(Integer chosen) {
        problem.setVisible(false);
        try {
            statistics = service.year(chosen == null ? LocalDate.now().getYear() - 1 : chosen);
        } catch (ValidationException invalid) {
            statistics = null;
            problem.setText(MessageArgs.text(this, invalid.problems().getFirst()));
            problem.setVisible(true);
            tables.setVisible(false);
            submission.setVisible(false);
            export.setVisible(false);
            return;
        }
        tables.setVisible(true);
        export.setVisible(true);
        submission.setVisible(true);
        year.setValue(statistics.year());
        reference.setText(getTranslation(
                "statistics.referenceDate", statistics.referenceDate().toString()));
        List<String> scopes = new ArrayList<>();
        boolean supervisor = statistics.counties().size() > 1;
        if (supervisor) {
            scopes.add("");
            statistics.cities().forEach(city -> scopes.add("city:" + city));
        }
        statistics.counties().forEach(c -> scopes.add(c.code()));
        String previous = scope.getValue();
        scope.setItems(scopes);
        scope.setVisible(supervisor);
        scope.setValue(previous != null && scopes.contains(previous) ? previous : scopes.getFirst());
        showScope(scope.getValue());
        submission.show(statistics);
    }

    /** Shows the figures of a scope: {@code ""} the whole, {@code city:<code>} a city, else a county. */
    void showScope(String chosen) {
        if (statistics == null || chosen == null) {
            return;
        }
        if (!chosen.equals(scope.getValue())) {
            scope.setValue(chosen);
            return;
        }
        CountyStatistics shown = shown(chosen);
        total.setText(getTranslation("statistics.total", scopeName(chosen), shown.total(StatColumn.TOTAL)));
        String county = chosen.isEmpty() || chosen.startsWith("city:") ? null : chosen;
        tables.show(statistics.year(), statistics.referenceDate(), scopeName(chosen), county, shown);
    }

    /** Writes the workbook of the scope shown, as the export link downloads it. */
    void export(OutputStream out) throws IOException {
        StatisticsWorkbook.write(
                statistics,
                scopeName(scope.getValue()),
                shown(scope.getValue()),
                this::name,
                this::getTranslation,
                out);
    }

    private CountyStatistics shown(String chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return statistics.total();
        }
        if (chosen.startsWith("city:")) {
            String city = chosen.substring(5);
            return statistics.sum(c -> c.city().equals(city));
        }
        return statistics.sum(c -> c.code().equals(chosen));
    }

    String scopeName(String chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return getTranslation("statistics.scope.all");
        }
        if (chosen.startsWith("city:")) {
            return getTranslation("statistics.scope.city", name(chosen.substring(5)));
        }
        return name(chosen);
    }

    String name(String code) {
        return directory.find(new TenantId(code)).map(t -> t.name(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title");
    }
}
