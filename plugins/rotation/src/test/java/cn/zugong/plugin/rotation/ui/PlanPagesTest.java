package cn.zugong.plugin.rotation.ui;

import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.FINANCE_BUREAU;
import static cn.zugong.plugin.rotation.testing.Careers.PARTY;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.relative;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.PositionRef;
import cn.zugong.api.career.UnitRef;
import cn.zugong.plugin.rotation.data.Exchange;
import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.exchange.PlanStatus;
import cn.zugong.plugin.rotation.service.ExchangeCases;
import cn.zugong.plugin.rotation.service.PlanDrafts;
import cn.zugong.plugin.rotation.testing.PagesUi;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan and exchange pages without a browser, in Chinese, as Wenjiang's officer and as Pidu's. */
class PlanPagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String LEVEL = "COUNTY_DEPUTY";

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);
    private final CadreCareer due =
            platform.careers().put(career("张伟", held(PARTY, "副书记", LEVEL, false, TODAY.minusYears(10))));

    @BeforeEach
    void open() {
        platform.careers().put(career("李娜", held(EDUCATION, "科员", null, false, TODAY.minusYears(3))));
        platform.careers().family(due.cadreId(), List.of(relative("妻子", "SPOUSE", "李娜", "温江区教育局")));
        vacancy(EDUCATION);
        vacancy(FINANCE_BUREAU);
        PagesUi.open(platform);
    }

    @AfterEach
    void close() {
        PagesUi.close();
        platform.close();
    }

    @Test
    void theOfficerBuildsAPlanFromTheMustListSolvesPinsSavesAndApprovesIt() {
        UI.getCurrent().navigate(PagesUi.PLANS);
        _get(TextField.class, spec -> spec.withId("rotation-plan-new-name")).setValue("2027年交流方案");
        _click(_get(Button.class, spec -> spec.withId("rotation-plan-create")));

        _click(_get(Button.class, spec -> spec.withId("rotation-plan-add-must")));
        _click(_get(Button.class, spec -> spec.withId("rotation-plan-add-vacancies")));
        Grid<?> posts = _get(Grid.class, spec -> spec.withId("rotation-plan-posts"));
        assertThat(GridKt._size(posts)).isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withId("rotation-plan-solve")));

        @SuppressWarnings("unchecked")
        Grid<SavedPlan.Move> moves = _get(Grid.class, spec -> spec.withId("rotation-plan-moves"));
        assertThat(GridKt._getFormattedRow(moves, 0))
                .contains("张伟", "必须交流（现职 10 年）", "温江区财政局 副局长", "未锁定", "转任 · 在一个地方或者部门工作时间较长（任职较长交流）");
        assertThat(String.join(" ", GridKt._getFormattedRow(moves, 0))).contains("交流人数");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-plan-score"))
                        .getText())
                .startsWith("方案得分：硬约束 0，");

        moves.select(GridKt._get(moves, 0));
        _click(_get(Button.class, spec -> spec.withId("rotation-plan-pin")));
        assertThat(GridKt._getFormattedRow(moves, 0)).contains("已锁定");
        _click(_get(Button.class, spec -> spec.withId("rotation-plan-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-plan-message"))
                        .getText())
                .isEqualTo("方案已保存。");
        _click(_get(Button.class, spec -> spec.withId("rotation-plan-approve")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-plan-message"))
                        .getText())
                .isEqualTo("方案已批准，每项交流均已在选拔任用中立案（交流）。");
        assertThat(_find(Button.class, spec -> spec.withId("rotation-plan-solve")))
                .isEmpty();
        SavedPlan saved = new PlanDrafts(platform).list(CadreFixtures.WENJIANG).getFirst();
        assertThat(saved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(platform.selectionCases().open()).hasSize(1);
    }

    @Test
    void solvingAnEmptyPlanSaysWhatIsMissing() {
        UUID id = new PlanDrafts(platform)
                .create(CadreFixtures.WENJIANG, "空方案")
                .id()
                .orElseThrow();
        UI.getCurrent().navigate(PagesUi.PLANS, QueryParameters.of("plan", id.toString()));

        _click(_get(Button.class, spec -> spec.withId("rotation-plan-solve")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-plan-message"))
                        .getText())
                .isEqualTo("请先加入交流人选和拟调入职位。");
        _click(_get(Button.class, spec -> spec.withId("rotation-plan-pin")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-plan-message"))
                        .getText())
                .isEqualTo("请先在表格中选择一项交流。");
    }

    @Test
    void piduCannotOpenWenjiangsPlanByItsAddress() {
        UUID id = new PlanDrafts(platform)
                .create(CadreFixtures.WENJIANG, "温江方案")
                .id()
                .orElseThrow();
        platform.actAs(TestTenancy.writing(CadreFixtures.PIDU));

        UI.getCurrent().navigate(PagesUi.PLANS, QueryParameters.of("plan", id.toString()));

        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-plan-unknown"))
                        .getText())
                .isEqualTo("未找到该交流方案。");
        assertThat(_find(Grid.class, spec -> spec.withId("rotation-plan-moves")))
                .isEmpty();
        UI.getCurrent().navigate(PagesUi.PLANS);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("rotation-plans-grid"))))
                .isZero();
    }

    @Test
    void theExchangePageListsTheCaseOfAnApprovedMoveAndRefusesAStepWithoutItsRecord() {
        theOfficerBuildsAPlanFromTheMustListSolvesPinsSavesAndApprovesIt();
        UI.getCurrent().add(new ExchangesView());
        @SuppressWarnings("unchecked")
        Grid<Exchange> grid = _get(Grid.class, spec -> spec.withId("rotation-exchanges-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("张伟", "温江区财政局 副局长", "拟定方案");

        grid.select(GridKt._get(grid, 0));
        _click(_get(Button.class, spec -> spec.withId("rotation-exchange-next")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-exchange-message"))
                        .getText())
                .isEqualTo("请填写调出单位意见。");
        _get(TextArea.class, spec -> spec.withId("rotation-exchange-sending")).setValue("同意");
        _get(TextArea.class, spec -> spec.withId("rotation-exchange-receiving")).setValue("同意");
        _click(_get(Button.class, spec -> spec.withId("rotation-exchange-next")));
        assertThat(new ExchangeCases(platform)
                        .list(CadreFixtures.WENJIANG)
                        .getFirst()
                        .status()
                        .name())
                .isEqualTo("UNITS_CONSULTED");
    }

    private void vacancy(UnitRef unit) {
        platform.careers()
                .vacancy(
                        CadreFixtures.WENJIANG,
                        new PositionRef(
                                UUID.randomUUID(), unit.id(), unit.name(), "副局长", Optional.of(LEVEL), false, false, 1));
    }
}
