package cn.zugong.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.infrastructure.excel.ImportReport;
import cn.zugong.core.cadre.infrastructure.excel.RowProblem;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an officer sees after an import, without a browser: the count, or each problem translated. */
@ExtendWith(PortalUi.class)
class ImportResultTest {

    private static final ImportReport REFUSED = new ImportReport(
            0,
            List.of(
                    new RowProblem(3, "性别", "excel.error.choice", List.of("男性", "男、女")),
                    new RowProblem(7, "所在单位", "excel.error.unit.unknown", List.of("不存在的单位"))),
            2);

    private ImportResult shown(Locale locale, ImportReport report) {
        UI.getCurrent().setLocale(locale);
        ImportResult result = new ImportResult();
        UI.getCurrent().add(result);
        result.show(report);
        return result;
    }

    private static String summary(ImportResult result) {
        return result.getChildren()
                .filter(Span.class::isInstance)
                .map(c -> ((Span) c).getText())
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RowProblem> grid(ImportResult result) {
        return (Grid<RowProblem>)
                result.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void aSuccessfulImportSaysHowManyCadresCameIn() {
        ImportResult result = shown(Locale.SIMPLIFIED_CHINESE, new ImportReport(3, List.of(), 0));

        assertThat(summary(result)).isEqualTo("已导入 3 名干部。");
        assertThat(grid(result).isVisible()).isFalse();
    }

    @Test
    void aRefusedImportListsEveryProblemWithRowColumnAndTranslatedReason() {
        ImportResult result = shown(Locale.SIMPLIFIED_CHINESE, REFUSED);

        assertThat(summary(result)).contains("2 个问题", "均未导入");
        Grid<RowProblem> grid = grid(result);
        assertThat(grid.isVisible()).isTrue();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("3", "性别", "“男性”不是可选的值，请从下拉列表中选择：男、女。");
        assertThat(GridKt._getFormattedRow(grid, 1).get(2)).contains("不存在的单位");
        assertThat(result.getChildren()
                        .filter(Anchor.class::isInstance)
                        .findFirst()
                        .orElseThrow()
                        .isVisible())
                .isTrue();
    }

    @Test
    void theReasonsFollowTheInterfaceLanguage() {
        ImportResult result = shown(Locale.ENGLISH, REFUSED);

        assertThat(GridKt._getFormattedRow(grid(result), 1).get(2)).startsWith("This county has no unit named");
    }
}
