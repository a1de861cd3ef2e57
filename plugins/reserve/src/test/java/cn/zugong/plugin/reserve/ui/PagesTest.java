package cn.zugong.plugin.reserve.ui;

import static cn.zugong.testkit.context.CadreFixtures.PIDU;
import static cn.zugong.testkit.context.CadreFixtures.WENJIANG;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.pool.PlanKind;
import cn.zugong.plugin.reserve.rules.ExitReason;
import cn.zugong.plugin.reserve.service.BatchService;
import cn.zugong.plugin.reserve.service.CandidateService;
import cn.zugong.plugin.reserve.service.ConcealmentFacts;
import cn.zugong.plugin.reserve.service.Nomination;
import cn.zugong.plugin.reserve.structure.Row;
import cn.zugong.plugin.reserve.testing.PagesUi;
import cn.zugong.plugin.reserve.testing.ReserveContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final InMemoryPluginContext platform = ReserveContext.create(WENJIANG, TODAY);
    private final CadreRef wang =
            ReserveContext.deputy(platform, WENJIANG, "王芳", LocalDate.of(1990, 3, 1), LocalDate.of(2022, 1, 1));

    @BeforeEach
    void open() {
        PagesUi.open(platform);
    }

    @AfterEach
    void close() {
        PagesUi.close();
        platform.close();
    }

    @Test
    void anOfficerOpensABatchAndSeesItListed() {
        UI.getCurrent().add(new BatchesView());
        ReserveContext.posts(platform, WENJIANG, "TOWNSHIP_PRINCIPAL", 4);
        _click(_get(Button.class, spec -> spec.withId("reserve-batch-create")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-batches-outcome"))
                        .getText())
                .isEqualTo("批次已建立");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("reserve-batches-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("2026", "正职后备", "2026-12-07", "4");

        _click(_get(Button.class, spec -> spec.withId("reserve-batch-create")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-batches-outcome"))
                        .getText())
                .isEqualTo("2026年度该层级的批次已存在");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerNominatesApprovesAndTheStructureTableShowsTheShares() {
        Batch batch = batch();
        UI.getCurrent()
                .navigate(
                        PagesUi.BATCH_ROUTE,
                        QueryParameters.of("batch", batch.id().toString()));

        ComboBox<CadreRef> cadre = _get(ComboBox.class, spec -> spec.withId("reserve-nominate-cadre"));
        cadre.setValue(wang);
        ((ComboBox<NominationSource>) _get(ComboBox.class, spec -> spec.withId("reserve-nominate-source")))
                .setValue(NominationSource.DEMOCRATIC);
        _get(IntegerField.class, spec -> spec.withId("reserve-nominate-votes")).setValue(30);
        _get(IntegerField.class, spec -> spec.withId("reserve-nominate-ballots"))
                .setValue(40);
        ((ComboBox<Horizon>) _get(ComboBox.class, spec -> spec.withId("reserve-nominate-horizon")))
                .setValue(Horizon.NEAR);
        _click(_get(Button.class, spec -> spec.withId("reserve-nominate-submit")));

        Grid<Candidate> grid = _get(Grid.class, spec -> spec.withId("reserve-candidates-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("王芳", "民主推荐", "30/40（75.0%）", "近期", "已推荐");

        for (CandidateState step :
                new CandidateState[] {CandidateState.INSPECTED, CandidateState.PUBLICIZED, CandidateState.APPROVED}) {
            grid.select(GridKt._get(grid, 0));
            ((ComboBox<CandidateState>) _get(ComboBox.class, spec -> spec.withId("reserve-candidate-next")))
                    .setValue(step);
            _click(_get(Button.class, spec -> spec.withId("reserve-candidate-apply")));
            assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-batch-outcome"))
                            .getText())
                    .isEqualTo("状态已更新");
        }
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("已审定入库");

        Grid<?> structure = _get(Grid.class, spec -> spec.withId("reserve-structure-grid"));
        assertThat(GridKt._size(structure)).isEqualTo(5);
        // Wenjiang is in region 51: the example provincial layer's 2 reserves per post apply.
        assertThat(GridKt._getFormattedRow(structure, 0)).contains("后备干部数与职数", "1", "4", "每个职数不超过2名", "符合");
        assertThat(GridKt._getFormattedRow(structure, 2)).contains("非中共党员干部", "0", "1", "0.0 %", "未达要求（提示）");
        assertThat(GridKt._getFormattedRow(structure, 4)).contains("近期可提拔", "100.0 %", "不低于1/3", "符合");
        // Every chart with its table: the chart is there beside the table above.
        _get(Svg.class, spec -> spec.withId("reserve-structure-chart"));

        // The drill-down: the members behind the figure of the row selected.
        ((Grid<Row>) structure).select(GridKt._get((Grid<Row>) structure, 4));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-structure-members"))
                        .getText())
                .isEqualTo("近期可提拔（1 人）：王芳");
        // ... and by unit (V-R4): the unit of the member's main post on the reference date.
        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-structure-units"))
                        .getText())
                .isEqualTo("按单位：寿安镇 1 人");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anApprovedMemberIsReviewedGivenAPlanAndRemovedWithAReason() {
        Batch batch = batch();
        approve(batch);
        UI.getCurrent()
                .navigate(
                        PagesUi.BATCH_ROUTE,
                        QueryParameters.of("batch", batch.id().toString()));
        Grid<Candidate> grid = _get(Grid.class, spec -> spec.withId("reserve-candidates-grid"));
        grid.select(GridKt._get(grid, 0));

        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-member-reading"))
                        .getText())
                .isEqualTo("2025 年度：考核等次 无记录；培训情况 无记录；监督信息 无记录；建议：继续在库");
        ((ComboBox<PlanKind>) _get(ComboBox.class, spec -> spec.withId("reserve-plan-kind")))
                .setValue(PlanKind.SECONDMENT);
        _get(TextField.class, spec -> spec.withId("reserve-plan-description")).setValue("到永宁镇挂职");
        _get(DatePicker.class, spec -> spec.withId("reserve-plan-start")).setValue(LocalDate.of(2026, 3, 1));
        _click(_get(Button.class, spec -> spec.withId("reserve-plan-add")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-batch-outcome"))
                        .getText())
                .isEqualTo("已保存。");

        grid.select(GridKt._get(grid, 0));
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("reserve-plans-grid")), 0))
                .contains("挂职锻炼", "到永宁镇挂职", "2026-03-01");
        _click(_get(Button.class, spec -> spec.withId("reserve-member-exit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-batch-outcome"))
                        .getText())
                .isEqualTo("请选择出库原因");
        ((ComboBox<ExitReason>) _get(ComboBox.class, spec -> spec.withId("reserve-member-reason")))
                .setValue(ExitReason.TRANSFERRED);
        _click(_get(Button.class, spec -> spec.withId("reserve-member-exit")));

        assertThat(GridKt._getFormattedRow(grid, 0)).contains("已调整出库", "调出本地");
        assertThat(_find(Paragraph.class, spec -> spec.withId("reserve-member-reading")))
                .isEmpty();
    }

    private void approve(Batch batch) {
        CandidateService candidates = new CandidateService(platform, ConcealmentFacts.UNAVAILABLE);
        candidates.nominate(
                WENJIANG,
                batch.id(),
                new Nomination(wang.id(), NominationSource.ORGANIZATION, java.util.Optional.empty(), Horizon.NEAR));
        for (CandidateState step :
                new CandidateState[] {CandidateState.INSPECTED, CandidateState.PUBLICIZED, CandidateState.APPROVED}) {
            candidates.move(
                    WENJIANG, candidates.candidates(WENJIANG, batch.id()).get(0), step, java.util.Optional.empty());
        }
    }

    @Test
    void aViewerReadsInEnglishWithoutFormsAndAnotherCountySeesNoBatch() {
        Batch batch = batch();
        platform.holdOnly("reserve.view");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent()
                .navigate(
                        PagesUi.BATCH_ROUTE,
                        QueryParameters.of("batch", batch.id().toString()));
        assertThat(_find(Button.class, spec -> spec.withId("reserve-nominate-submit")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-read-only"))
                        .getText())
                .isNotBlank();
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("reserve-structure-grid")), 1))
                .contains("Women", "At least 20/100", "No target");

        PagesUi.close();
        platform.actAs(TestTenancy.writing(PIDU));
        PagesUi.open(platform);
        UI.getCurrent()
                .navigate(
                        PagesUi.BATCH_ROUTE,
                        QueryParameters.of("batch", batch.id().toString()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-batch-unknown"))
                        .getText())
                .isEqualTo("找不到该批次");
    }

    private Batch batch() {
        BatchService batches = new BatchService(platform);
        ReserveContext.posts(platform, WENJIANG, "TOWNSHIP_PRINCIPAL", 4);
        assertThat(batches.create(WENJIANG, 2026, "PRINCIPAL", LocalDate.of(2026, 6, 30)))
                .isEmpty();
        return batches.batches(WENJIANG).get(0);
    }
}
