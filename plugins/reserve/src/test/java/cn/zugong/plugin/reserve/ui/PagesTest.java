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
import cn.zugong.plugin.reserve.rules.Education;
import cn.zugong.plugin.reserve.service.BatchService;
import cn.zugong.plugin.reserve.testing.PagesUi;
import cn.zugong.plugin.reserve.testing.ReserveContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
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
        _get(IntegerField.class, spec -> spec.withId("reserve-batch-posts")).setValue(4);
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
        _get(Checkbox.class, spec -> spec.withId("reserve-nominate-woman")).setValue(true);
        ((ComboBox<Education>) _get(ComboBox.class, spec -> spec.withId("reserve-nominate-education")))
                .setValue(Education.BACHELOR);
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
        assertThat(batches.create(WENJIANG, 2026, "PRINCIPAL", LocalDate.of(2026, 6, 30), OptionalInt.of(4)))
                .isEmpty();
        return batches.batches(WENJIANG).get(0);
    }
}
