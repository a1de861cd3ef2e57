package cn.zugong.plugin.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.supervision.econ.Responsibility;
import cn.zugong.plugin.supervision.service.AuditNeeds;
import cn.zugong.plugin.supervision.service.EconAuditService;
import cn.zugong.plugin.supervision.testing.PagesUi;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audits page: what the open cases need, recording the audit from a due row, its report. */
class AuditsViewTest {

    private final InMemoryPluginContext platform = SupervisionContext.create();
    private final CadreRef zhao =
            SupervisionContext.cadre(platform, SupervisionContext.WENJIANG, "赵刚", "TOWNSHIP_PRINCIPAL");
    private final UUID caseId = UUID.randomUUID();

    @BeforeEach
    void open() {
        UUID unit = UUID.randomUUID();
        platform.careers()
                .unit(SupervisionContext.WENJIANG, new UnitRef(unit, "财政局", "WORKING_DEPARTMENT", Optional.empty()));
        platform.careers()
                .put(new CadreCareer(
                        zhao.id(),
                        SupervisionContext.WENJIANG,
                        "赵刚",
                        Optional.empty(),
                        List.of(new Holding(
                                UUID.randomUUID(),
                                Optional.empty(),
                                Optional.of(unit),
                                "财政局",
                                "局长",
                                Optional.of("TOWNSHIP_PRINCIPAL"),
                                true,
                                false,
                                true,
                                SupervisionContext.TODAY.minusYears(3),
                                Optional.empty(),
                                Optional.empty()))));
        platform.selectionCases()
                .open(
                        SupervisionContext.WENJIANG,
                        new CaseRef(
                                caseId,
                                SelectionKind.APPOINT,
                                SelectionStep.INSPECTION,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of("COUNTY_DEPUTY"),
                                true,
                                List.of(zhao.id())));
        PagesUi.open(platform);
    }

    @AfterEach
    void close() {
        PagesUi.close();
        platform.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void anOfficerRecordsTheAuditAPromotionNeedsFromItsDueRowAndThenItsReport() {
        UI.getCurrent().add(new AuditsView());
        Grid<AuditNeeds.Need> due = AuditsViewTest.grid("supervision-econ-due-grid");
        assertThat(GridKt._size(due)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(due, 0)).contains("赵刚", "财政局 局长", "任前审计", "未审计");

        GridKt._clickItem(due, 0);
        @SuppressWarnings("unchecked")
        ComboBox<CaseRef> selection = _get(ComboBox.class, spec -> spec.withId("supervision-econ-case"));
        assertThat(selection.getValue().id()).isEqualTo(caseId);
        assertThat(_get(TextField.class, spec -> spec.withId("supervision-econ-post"))
                        .getValue())
                .isEqualTo("财政局 局长");
        _get(TextField.class, spec -> spec.withId("supervision-econ-auditor")).setValue("温江区审计局");
        _get(DatePicker.class, spec -> spec.withId("supervision-econ-from"))
                .setValue(SupervisionContext.TODAY.minusYears(3));
        _get(DatePicker.class, spec -> spec.withId("supervision-econ-to")).setValue(SupervisionContext.TODAY);
        _click(_get(Button.class, spec -> spec.withId("supervision-econ-record")));
        assertThat(GridKt._getFormattedRow(due, 0)).contains("审计中");

        Grid<EconAuditService.AuditView> audits = AuditsViewTest.grid("supervision-econ-grid");
        audits.select(GridKt._get(audits, 0));
        _get(DatePicker.class, spec -> spec.withId("supervision-econ-reported-on"))
                .setValue(SupervisionContext.TODAY);
        _get(TextArea.class, spec -> spec.withId("supervision-econ-findings")).setValue("未发现问题");
        @SuppressWarnings("unchecked")
        ComboBox<Responsibility> responsibility =
                _get(ComboBox.class, spec -> spec.withId("supervision-econ-responsibility"));
        responsibility.setValue(Responsibility.NONE);
        _click(_get(Button.class, spec -> spec.withId("supervision-econ-report")));
        assertThat(GridKt._getFormattedRow(due, 0)).contains("已出具审计报告");
        assertThat(GridKt._getFormattedRow(audits, 0)).contains("温江区审计局", "未发现应负责任的问题");
    }

    @Test
    void aMissingAuditorIsShownAtItsFieldAndNothingIsRecorded() {
        UI.getCurrent().add(new AuditsView());
        GridKt._clickItem(AuditsViewTest.<AuditNeeds.Need>grid("supervision-econ-due-grid"), 0);
        _click(_get(Button.class, spec -> spec.withId("supervision-econ-record")));
        TextField auditor = _get(TextField.class, spec -> spec.withId("supervision-econ-auditor"));
        assertThat(auditor.isInvalid()).isTrue();
        assertThat(auditor.getErrorMessage()).isNotBlank();
        assertThat(GridKt._size(AuditsViewTest.<EconAuditService.AuditView>grid("supervision-econ-grid")))
                .isZero();
    }

    @Test
    void aViewerSeesTheAuditsButNoForm() {
        platform.holdOnly("supervision.view");
        UI.getCurrent().add(new AuditsView());
        assertThat(_find(Button.class, spec -> spec.withId("supervision-econ-record")))
                .isEmpty();
        assertThat(GridKt._size(AuditsViewTest.<AuditNeeds.Need>grid("supervision-econ-due-grid")))
                .isEqualTo(1);
    }
}
