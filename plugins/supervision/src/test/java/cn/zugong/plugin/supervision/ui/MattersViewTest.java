package cn.zugong.plugin.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.fact.CadreFact;
import cn.zugong.plugin.supervision.matters.Finding;
import cn.zugong.plugin.supervision.service.MattersService;
import cn.zugong.plugin.supervision.testing.PagesUi;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The personal-matters page: from opening the year to the concealment decision, one cadre at a time. */
class MattersViewTest {

    private final InMemoryPluginContext platform = SupervisionContext.create();
    private final CadreRef li =
            SupervisionContext.cadre(platform, SupervisionContext.WENJIANG, "李明", "TOWNSHIP_DEPUTY");

    @BeforeEach
    void open() {
        PagesUi.open(platform);
    }

    @AfterEach
    void close() {
        PagesUi.close();
        platform.close();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static String shown() {
        return _get(Paragraph.class, spec -> spec.withId("supervision-matters-shown"))
                .getText();
    }

    @Test
    void anOfficerTakesACadresReportFromDueToTheConcealmentDecisionOnThePage() {
        UI.getCurrent().add(new MattersView());
        assertThat(_get(IntegerField.class, spec -> spec.withId("supervision-matters-year"))
                        .getValue())
                .isEqualTo(2024);
        click("supervision-matters-open-year");
        @SuppressWarnings("unchecked")
        ComboBox<CadreRef> cadre = _get(ComboBox.class, spec -> spec.withId("supervision-matters-cadre"));
        cadre.setValue(li);
        @SuppressWarnings("unchecked")
        Grid<MattersService.MattersView> grid = _get(Grid.class, spec -> spec.withId("supervision-matters-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        grid.select(GridKt._get(grid, 0));
        assertThat(shown()).contains("李明", "2024", "待报告");
        click("supervision-matters-submit");
        assertThat(shown()).contains("已报告");
        click("supervision-matters-focus");
        assertThat(shown()).contains("重点抽查");
        click("supervision-matters-verify");
        @SuppressWarnings("unchecked")
        ComboBox<Finding> finding = _get(ComboBox.class, spec -> spec.withId("supervision-matters-finding"));
        finding.setValue(Finding.CONCEALMENT);
        click("supervision-matters-discrepancy");
        click("supervision-matters-decide");
        assertThat(shown()).contains("已处理");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("有意瞒报", "一律不得提拔任用，不得列入后备干部人选");
        assertThat(platform.cadreFacts().holds(SupervisionContext.WENJIANG, li.id(), CadreFact.CONCEALMENT))
                .isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-matters-draw-record"))
                        .getText())
                .isEqualTo("本年度尚未随机抽查");
    }

    @Test
    void everyOpeningOfAReportOnThePageIsAuditedOnceWithoutItsItems() {
        UI.getCurrent().add(new MattersView());
        click("supervision-matters-open-year");
        @SuppressWarnings("unchecked")
        ComboBox<CadreRef> cadre = _get(ComboBox.class, spec -> spec.withId("supervision-matters-cadre"));
        cadre.setValue(li);
        @SuppressWarnings("unchecked")
        Grid<MattersService.MattersView> grid = _get(Grid.class, spec -> spec.withId("supervision-matters-grid"));
        MattersService.MattersView row = GridKt._get(grid, 0);
        long before = reads(row);
        grid.select(row);
        assertThat(reads(row)).isEqualTo(before + 1);
        grid.deselectAll();
        grid.select(row);
        assertThat(reads(row)).isEqualTo(before + 2);
        assertThat(platform.audited())
                .filteredOn(e -> e.action().equals("matters.list"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.after().get("ids"))
                        .asString()
                        .contains(row.report().id().toString()));
    }

    private long reads(MattersService.MattersView row) {
        return platform.audited().stream()
                .filter(e -> e.action().equals("matters.read")
                        && e.subjectId().equals(row.report().id().toString()))
                .count();
    }
}
