package cn.zugong.ui.selection;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.Findings;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A step's gate results in the user's language, the missing checks named one by one; a hard rule
 * offers no control, a soft finding is acknowledged once, a recorded exception is shown with its
 * document number.
 */
@ExtendWith(PortalUi.class)
class GatesPanelTest {

    private final CaseFixture fixture = new CaseFixture(SelectionStep.DECISION);
    private UUID wang;
    private GateRecord hard;

    @BeforeEach
    void setUp() {
        wang = fixture.candidate("王明", true);
        hard = fixture.gate(
                wang,
                SelectionStep.DECISION,
                GateResult.Outcome.BLOCK,
                "selection.gate.checks.missing",
                "@selection.check.fileReviewedOn, @selection.check.disciplineOpinionOn");
        hard.setHard(true);
        fixture.gate(wang, SelectionStep.INITIATION, GateResult.Outcome.PASS, "selection.gate.notApplicable", null);
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(Locale locale) {
        UI.getCurrent().setLocale(locale);
        GatesPanel panel = new GatesPanel(
                fixture.context(true),
                new CaseCalls(fixture.selectionCase.getId(), null),
                SelectionStep.DECISION,
                Map.of("core.four-checks", "selection.gate.checks.name"));
        UI.getCurrent().add(panel);
        return (Grid<Object>)
                panel.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void theMissingChecksAreNamedInChinese() {
        Grid<Object> grid = grid(Locale.SIMPLIFIED_CHINESE);

        List<String> row = _getFormattedRow(grid, 0);

        assertThat(grid.getId()).contains("gates-DECISION");
        assertThat(row.subList(0, 2)).containsExactly("凡提四必和廉洁自律结论", "王明");
        assertThat(row.get(2)).contains("阻止", "gate-outcome");
        assertThat(row.get(3)).isEqualTo("尚缺：干部人事档案审核、纪检监察机关意见");
        assertThat(row.get(5)).contains("gate-hard", "硬性规定，不得越过").doesNotContain("gate-acknowledge");
    }

    @Test
    void aHardQuotaBlockNamesTheExceptionThatAloneSatisfiesIt() {
        hard.setExceptionKind(ExceptionKind.QUOTA_ADJUSTMENT);

        assertThat(_getFormattedRow(grid(Locale.SIMPLIFIED_CHINESE), 0).get(5))
                .contains("gate-hard", "职数调整")
                .doesNotContain("gate-acknowledge");
    }

    @Test
    void aRecordedExceptionShowsItsDocumentNumberApproverAndDate() {
        hard.setExceptionKind(ExceptionKind.QUOTA_ADJUSTMENT);
        fixture.exceptions.add(new RecordedException(
                fixture.selectionCase.getId(),
                wang,
                ExceptionKind.QUOTA_ADJUSTMENT,
                "温编〔2026〕12号",
                "区委编办",
                LocalDate.of(2026, 9, 1),
                null,
                "wenjiang-admin",
                Instant.now()));

        assertThat(_getFormattedRow(grid(Locale.SIMPLIFIED_CHINESE), 0).get(5))
                .contains("gate-excepted", "职数调整", "温编〔2026〕12号", "区委编办", "2026-09-01");
    }

    @Test
    void aSoftFindingIsAcknowledgedOnceAndTheAcknowledgementShowsAtTheLaterStep() {
        GateRecord earlier = fixture.gate(
                wang, SelectionStep.INITIATION, GateResult.Outcome.BLOCK, "selection.gate.checks.missing", "x");
        earlier.setCurrentResult(false);
        GateRecord now = fixture.gate(
                wang, SelectionStep.DECISION, GateResult.Outcome.BLOCK, "selection.gate.checks.missing", "x");

        assertThat(_getFormattedRow(grid(Locale.SIMPLIFIED_CHINESE), 1).get(5)).contains("gate-acknowledge");

        earlier.setOverrideAt(Instant.now());
        earlier.setOverrideBy("wenjiang-officer");
        earlier.setOverrideReason("已向常委会说明情况");

        assertThat(fixture.context(true).file().standing(now)).isEqualTo(Findings.Standing.ACKNOWLEDGED);
        assertThat(_getFormattedRow(grid(Locale.SIMPLIFIED_CHINESE), 1).get(5))
                .contains("gate-acknowledged", "分析研判和动议", "已向常委会说明情况")
                .doesNotContain("gate-acknowledge\"");
    }

    @Test
    void onlyTheStepsCurrentResultsAreListed() {
        assertThat(_size(grid(Locale.SIMPLIFIED_CHINESE))).isEqualTo(1);
    }

    @Test
    void aReaderSeesTheBlockButNoControl() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        GatesPanel panel = new GatesPanel(
                fixture.context(false),
                new CaseCalls(fixture.selectionCase.getId(), null),
                SelectionStep.DECISION,
                Map.of());
        UI.getCurrent().add(panel);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>)
                panel.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();

        assertThat(_getFormattedRow(grid, 0).get(0)).isEqualTo("core.four-checks");
        assertThat(_getFormattedRow(grid, 0).get(5)).doesNotContain("gate-acknowledge");
        assertThat(panel.getChildren().anyMatch(c -> c.getId().orElse("").equals("gates-recheck")))
                .isFalse();
    }

    @Test
    void andInEnglish() {
        assertThat(_getFormattedRow(grid(Locale.ENGLISH), 0))
                .contains("Missing: personnel file review, discipline commission's opinion");
    }
}
