package cn.zugong.ui.oversight;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.statistics.CountyStatistics;
import cn.zugong.core.statistics.StatChange;
import cn.zugong.core.statistics.StatColumn;
import cn.zugong.core.statistics.StatRow;
import cn.zugong.core.statistics.StatisticsService;
import cn.zugong.core.statistics.StatisticsSubmission;
import cn.zugong.core.statistics.YearStatistics;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.ChengduDirectory;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.cadre.CadresView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The statistics page without a browser: what a county user and a supervisor see, and the submission. */
@ExtendWith(PortalUi.class)
class StatisticsViewTest {

    private static final TenantId WENJIANG = ChengduDirectory.WENJIANG;
    private static final TenantId PIDU = ChengduDirectory.PIDU;

    private static final CountyStatistics WENJIANG_2025 = new CountyStatistics(
            Map.of("basic.COUNTY_DEPUTY.TOTAL", 3L, "basic.OTHER.TOTAL", 1L, "change.RETIRED", 2L));
    private static final CountyStatistics PIDU_2025 = new CountyStatistics(Map.of("basic.COUNTY_DEPUTY.TOTAL", 2L));

    private final List<Integer> submitted = new ArrayList<>();

    private final StatisticsService service = new StatisticsService() {
        @Override
        public YearStatistics year(int year) {
            if (year < 1990) {
                throw new ValidationException(
                        List.of(new Problem("year", "statistics.error.year", List.of(1990, 2026))));
            }
            List<YearStatistics.County> counties = new ArrayList<>();
            for (TenantId county : TenancyHolder.current().readable()) {
                boolean wenjiang = county.equals(WENJIANG);
                Optional<StatisticsSubmission> submission = wenjiang && submitted.contains(year)
                        ? Optional.of(new StatisticsSubmission(
                                year, LocalDate.of(year, 12, 31), WENJIANG_2025, "wenjiang-officer", Instant.EPOCH))
                        : Optional.empty();
                counties.add(
                        new YearStatistics.County(county.code(), wenjiang ? WENJIANG_2025 : PIDU_2025, submission));
            }
            counties.sort((a, b) -> a.code().compareTo(b.code()));
            return new YearStatistics(year, LocalDate.of(year, 12, 31), counties);
        }

        @Override
        public StatisticsSubmission submit(int year) {
            submitted.add(year);
            return null;
        }
    };

    private final TenantDirectory directory = new ChengduDirectory();

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute("cadres", CadresView.class);
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private static void signIn(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
    }

    private StatisticsView view(Integer year) {
        StatisticsView view = new StatisticsView(service, directory);
        UI.getCurrent().add(view);
        view.load(year);
        return view;
    }

    /** A number of the basic table: its row (a level, or TOTAL) and column. */
    private static String basic(StatisticsView view, String row, String column) {
        int index = row.equals("TOTAL")
                ? StatRow.values().length
                : StatRow.valueOf(row).ordinal();
        return ((HasText) _getCellComponent(view.tables.basic, index, column)).getText();
    }

    private static String change(StatisticsView view, String change) {
        return ((HasText) _getCellComponent(view.tables.changes, 0, change)).getText();
    }

    /** A county's cell in the supervisor's grid of counties (rows in code order). */
    private static String county(StatisticsView view, int row, String column) {
        return ((Span) _getCellComponent(view.submission.counties, row, column)).getText();
    }

    @Test
    void onlyCountyWritersAndSupervisorsOpenThePage() {
        signIn(Tenancy.writing(PIDU), "viewer");
        assertThat(OversightAccess.mayOpen()).isFalse();
        signIn(Tenancy.NONE, CurrentUser.PLATFORM_SYSADMIN);
        assertThat(OversightAccess.mayOpen()).isFalse();
        signIn(Tenancy.writing(PIDU), CurrentUser.OFFICER);
        assertThat(OversightAccess.mayOpen()).isTrue();
        signIn(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);
        assertThat(OversightAccess.mayOpen()).isTrue();
    }

    @Test
    void aCountyOfficerSeesTheirCountyAndMaySubmitIt() {
        signIn(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);

        StatisticsView view = view(2025);

        assertThat(view.scope.isVisible()).isFalse();
        assertThat(view.submission.counties.isVisible()).isFalse();
        assertThat(view.total.getText()).isEqualTo("温江区：4人");
        assertThat(basic(view, "COUNTY_DEPUTY", "TOTAL")).isEqualTo("3");
        assertThat(basic(view, "TOTAL", "TOTAL")).isEqualTo("4");
        assertThat(change(view, "RETIRED")).isEqualTo("2");
        assertThat(view.submission.state.getText()).isEqualTo("未报送");
        assertThat(view.submission.submit.isVisible()).isTrue();

        view.submission.submit.click();

        assertThat(submitted).containsExactly(2025);
        assertThat(view.submission.submit.isVisible()).isFalse();
        assertThat(view.submission.state.getText()).startsWith("已报送：").contains("wenjiang-officer");
    }

    @Test
    void aCountyUserNeverSeesAnotherCountysFigures() {
        signIn(Tenancy.writing(PIDU), CurrentUser.OFFICER);

        StatisticsView view = view(2025);

        assertThat(view.total.getText()).isEqualTo("郫都区：2人");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("温江区");
    }

    @Test
    void aSupervisorSeesTheScopesSumAndEachCountyWithItsSubmission() {
        submitted.add(2025);
        signIn(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);

        StatisticsView view = view(2025);

        assertThat(view.scope.isVisible()).isTrue();
        assertThat(view.submission.submit.isVisible()).isFalse();
        assertThat(view.total.getText()).isEqualTo("全部所辖地区：6人");
        assertThat(_size(view.submission.counties)).isEqualTo(2);
        assertThat(county(view, 0, "total")).isEqualTo("4");
        assertThat(county(view, 0, "submitted")).startsWith("已报送");
        assertThat(county(view, 1, "submitted")).isEqualTo("未报送");
        assertThat(view.submission.state.getText()).isEqualTo("已报送1个，共2个");

        view.showScope("city:510100");
        assertThat(view.total.getText()).isEqualTo("成都市（合计）：6人");
        view.showScope(PIDU.code());
        assertThat(view.total.getText()).isEqualTo("郫都区：2人");
        assertThat(basic(view, "COUNTY_DEPUTY", "TOTAL")).isEqualTo("2");
    }

    @Test
    void aYearOutOfRangeIsExplainedNotFailed() {
        signIn(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);

        StatisticsView view = view(1800);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).isEqualTo("年度须在1990年至2026年之间");
        assertThat(view.tables.isVisible()).isFalse();
    }

    /** The link a number of the basic table (its row, or TOTAL, and column) or of the changes opens. */
    /** A link's address, its parameters in alphabetical order (the router keeps them in no order). */
    private static String href(Component cell) {
        String href = ((RouterLink) cell).getHref();
        int query = href.indexOf('?');
        return query < 0
                ? href
                : href.substring(0, query + 1)
                        + String.join(
                                "&",
                                java.util.Arrays.stream(
                                                href.substring(query + 1).split("&"))
                                        .sorted()
                                        .toList());
    }

    @Test
    void eachNumberOfACountyOpensTheCadresBehindItOnTheReferenceDate() {
        signIn(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);
        StatisticsView view = view(2025);

        assertThat(_getCellComponent(view.tables.basic, 0, "TOTAL"))
                .as("a sum of counties is opened county by county")
                .isInstanceOf(Span.class);

        view.showScope(WENJIANG.code());

        int deputies = StatRow.COUNTY_DEPUTY.ordinal();
        assertThat(href(_getCellComponent(view.tables.basic, deputies, "FEMALE")))
                .isEqualTo("cadres?county=510115&figure=basic.COUNTY_DEPUTY.FEMALE&heldOn=2025-12-31");
        assertThat(href(_getCellComponent(view.tables.basic, StatRow.values().length, "TOTAL")))
                .isEqualTo("cadres?county=510115&heldOn=2025-12-31");
        assertThat(href(_getCellComponent(view.tables.changes, 0, "RETIRED")))
                .isEqualTo("cadres?county=510115&figure=change.RETIRED&heldOn=2025-12-31");
    }

    @Test
    void theExportedWorkbookHoldsTheFiguresThePageShows() throws Exception {
        signIn(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);
        StatisticsView view = view(2025);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        view.export(out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("2025")
                    .contains("温江区");
            for (int row = 0; row <= StatRow.values().length; row++) {
                String line = row == StatRow.values().length ? "TOTAL" : StatRow.values()[row].name();
                for (StatColumn column : StatColumn.values()) {
                    long cell = (long)
                            sheet.getRow(4 + row).getCell(1 + column.ordinal()).getNumericCellValue();
                    assertThat(Long.toString(cell))
                            .as("%s %s", line, column)
                            .isEqualTo(basic(view, line, column.name()));
                }
            }
            Sheet changes = book.getSheetAt(1);
            for (StatChange change : StatChange.values()) {
                long cell = (long) changes.getRow(3).getCell(change.ordinal()).getNumericCellValue();
                assertThat(Long.toString(cell)).as("%s", change).isEqualTo(change(view, change.name()));
            }
            assertThat(basic(view, "COUNTY_DEPUTY", "TOTAL")).isEqualTo("3");
            assertThat(changes.getRow(3).getCell(StatChange.RETIRED.ordinal()).getNumericCellValue())
                    .isEqualTo(2.0);
        }
    }
}
