package cn.zugong.plugin.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.supervision.service.Exports;
import cn.zugong.plugin.supervision.service.ReportService;
import cn.zugong.plugin.supervision.testing.PagesUi;
import cn.zugong.plugin.supervision.testing.Reports;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Excel exports on the pages: read only when asked for, recorded, without the reporter's identity. */
class ExportViewTest {

    private final InMemoryPluginContext platform = SupervisionContext.create();
    private final CadreRef li = SupervisionContext.cadre(platform, SupervisionContext.WENJIANG, "李明", "COUNTY_DEPUTY");

    @BeforeEach
    void open() {
        PagesUi.open(platform);
    }

    @AfterEach
    void close() {
        PagesUi.close();
        platform.close();
    }

    private long exports() {
        return platform.audited().stream()
                .filter(e -> e.action().equals("report.export"))
                .count();
    }

    @Test
    void theReportsAreExportedOnlyWhenTheOfficerAsksAndTheExportIsRecorded() {
        new ReportService(platform).register(Reports.realName(SupervisionContext.TODAY, li.id()));
        UI.getCurrent().add(new ReportsView());
        assertThat(_find(Anchor.class, spec -> spec.withId("supervision-report-export-download")))
                .isEmpty();
        assertThat(exports()).isZero();
        _click(_get(Button.class, spec -> spec.withId("supervision-report-export")));
        Anchor download = _get(Anchor.class, spec -> spec.withId("supervision-report-export-download"));
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getText()).contains("信访举报清单.xlsx");
        assertThat(exports()).isOne();
    }

    @Test
    void theReportsSheetIsInTheUsersLanguageAndLeavesOutTheReportersNameAndContact() {
        new ReportService(platform).register(Reports.realName(SupervisionContext.TODAY, li.id()));
        String sheet = new String(
                Workbooks.reports(platform.spreadsheets(), UI.getCurrent(), new Exports(platform).reports()),
                StandardCharsets.UTF_8);
        assertThat(sheet).contains("信访举报", "受理日期", "拉票贿选", "李明", "换届中拉票", "是");
        assertThat(sheet).doesNotContain("王某", "13800000000");
    }
}
