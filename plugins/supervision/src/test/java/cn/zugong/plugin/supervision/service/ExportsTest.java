package cn.zugong.plugin.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.matters.FocusReason;
import cn.zugong.plugin.supervision.testing.Reports;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.RecordedAudit;
import cn.zugong.testkit.context.TestTenancy;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Excel exports' reads: the reports for their permission only, the check results, each recorded. */
class ExportsTest {

    private InMemoryPluginContext context;
    private Exports exports;
    private CadreRef li;

    @BeforeEach
    void setUp() {
        context = SupervisionContext.create();
        exports = new Exports(context);
        li = SupervisionContext.cadre(context, SupervisionContext.WENJIANG, "李明", "COUNTY_DEPUTY");
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private List<RecordedAudit.Entry> recorded(String action) {
        return context.audited().stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void theReportsExportHoldsEveryReportOfTheCountyAndIsRecordedWithTheirIds() {
        UUID first = new ReportService(context)
                .register(Reports.anonymous(SupervisionContext.TODAY, li.id()))
                .report()
                .id();
        UUID second = new ReportService(context)
                .register(Reports.realName(SupervisionContext.TODAY))
                .report()
                .id();
        List<ReportService.ReportView> rows = exports.reports();
        assertThat(rows).extracting(r -> r.report().id()).containsExactlyInAnyOrder(first, second);
        assertThat(rows).allSatisfy(r -> assertThat(r.deadlines().proposeBy()).isAfter(SupervisionContext.TODAY));
        assertThat(recorded("report.export")).singleElement().satisfies(e -> {
            assertThat(e.after().get("rows")).isEqualTo(2);
            assertThat(e.after().get("ids")).asString().contains(first.toString(), second.toString());
            assertThat(e.label() + e.after()).doesNotContain("违规问题", "王某");
        });
    }

    @Test
    void withoutTheReportsPermissionNothingIsExportedAndNothingRecorded() {
        new ReportService(context).register(Reports.anonymous(SupervisionContext.TODAY));
        context.holdOnly("supervision.view", "supervision.manage");
        assertThatThrownBy(() -> exports.reports()).isInstanceOf(SecurityException.class);
        assertThat(recorded("report.export")).isEmpty();
    }

    @Test
    void anotherCountyExportsNoneOfTheReports() {
        new ReportService(context).register(Reports.anonymous(SupervisionContext.TODAY, li.id()));
        context.actAs(TestTenancy.writing(SupervisionContext.PIDU));
        assertThat(exports.reports()).isEmpty();
        assertThat(exports.checkResults(2024)).isEmpty();
    }

    @Test
    void theCheckResultsHoldTheReportsDrawnOrFocusedOnlyAndAreRecorded() {
        CadreRef wang = SupervisionContext.cadre(context, SupervisionContext.WENJIANG, "王强", "COUNTY_DEPUTY");
        MattersService matters = new MattersService(context);
        matters.openYear(2024);
        for (MattersService.MattersView v : matters.ofYear(2024)) {
            matters.submit(v.report().id(), List.of());
        }
        MattersEntity focused = new MattersChecks(context).focus(li.id(), FocusReason.PROMOTION);
        List<MattersService.MattersView> rows = exports.checkResults(2024);
        assertThat(rows).extracting(r -> r.report().id()).containsExactly(focused.id());
        assertThat(rows).extracting(r -> r.cadre().orElseThrow().name()).doesNotContain(wang.name());
        assertThat(recorded("matters.export")).singleElement().satisfies(e -> assertThat(
                        e.after().get("ids"))
                .isEqualTo(List.of(focused.id().toString())));
        assertThatThrownBy(() -> exports.checkResults(null)).isInstanceOf(Refused.class);
    }
}
