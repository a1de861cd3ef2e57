package cn.zugong.plugin.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.supervision.report.Assignment;
import cn.zugong.plugin.supervision.report.Conclusion;
import cn.zugong.plugin.supervision.report.HandlingType;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import cn.zugong.plugin.supervision.report.ReportStatus;
import cn.zugong.plugin.supervision.service.ReportService;
import cn.zugong.plugin.supervision.service.ReportSteps;
import cn.zugong.plugin.supervision.testing.PagesUi;
import cn.zugong.plugin.supervision.testing.Reports;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.RecordedAudit;
import cn.zugong.testkit.context.TestTenancy;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reports page without a browser: registering, the refusal at its field, triage, the read audited. */
class ReportsViewTest {

    private final InMemoryPluginContext platform = SupervisionContext.create();
    private final CadreRef li =
            SupervisionContext.cadre(platform, SupervisionContext.WENJIANG, "李明", "TOWNSHIP_PRINCIPAL");

    @BeforeEach
    void open() {
        PagesUi.open(platform);
    }

    @AfterEach
    void close() {
        PagesUi.close();
        platform.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @Test
    void anOfficerRegistersAReportAboutACadreAndAcceptsItFromThePanel() {
        UI.getCurrent().add(new ReportsView());
        ReportsViewTest.<ReportChannel>combo("supervision-report-channel").setValue(ReportChannel.LETTER);
        ReportsViewTest.<ReportCategory>combo("supervision-report-category").setValue(ReportCategory.VOTE_BUYING);
        _get(TextArea.class, spec -> spec.withId("supervision-report-summary")).setValue("换届中拉票");
        _get(Checkbox.class, spec -> spec.withId("supervision-report-specific")).setValue(true);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CadreRef> subjects =
                _get(MultiSelectComboBox.class, spec -> spec.withId("supervision-report-subjects"));
        subjects.setValue(Set.of(li));
        _click(_get(Button.class, spec -> spec.withId("supervision-report-register")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-report-shown-status"))
                        .getText())
                .contains("已登记");
        assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-report-shown-subjects"))
                        .getText())
                .contains("李明");
        @SuppressWarnings("unchecked")
        Grid<ReportService.ReportView> grid = _get(Grid.class, spec -> spec.withId("supervision-report-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("拉票贿选", "李明", "已登记");

        ReportsViewTest.<HandlingType>combo("supervision-report-handling").setValue(HandlingType.JU_HE);
        _click(_get(Button.class, spec -> spec.withId("supervision-report-accept")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-report-shown-status"))
                        .getText())
                .contains("已受理");
        assertThat(new ReportService(platform).page(0, 10).getFirst().report().status())
                .isEqualTo(ReportStatus.ACCEPTED);
        assertThat(platform.audited()).extracting(RecordedAudit.Entry::action).contains("report.list");
    }

    @Test
    void aRealNameReportWithoutContactIsRefusedAtItsFieldAndNothingIsSaved() {
        UI.getCurrent().add(new ReportsView());
        ReportsViewTest.<ReportChannel>combo("supervision-report-channel").setValue(ReportChannel.PHONE);
        ReportsViewTest.<ReportCategory>combo("supervision-report-category").setValue(ReportCategory.FRAUD);
        _get(Checkbox.class, spec -> spec.withId("supervision-report-real-name"))
                .setValue(true);
        _get(TextField.class, spec -> spec.withId("supervision-report-reporter-name"))
                .setValue("王某");
        _get(TextArea.class, spec -> spec.withId("supervision-report-summary")).setValue("学历造假");
        _click(_get(Button.class, spec -> spec.withId("supervision-report-register")));
        TextField contact = _get(TextField.class, spec -> spec.withId("supervision-report-reporter-contact"));
        assertThat(contact.isInvalid()).isTrue();
        assertThat(contact.getErrorMessage()).isEqualTo("实名举报须填写联系方式，以便反馈");
        assertThat(new ReportService(platform).count()).isZero();
    }

    @Test
    void aReadOnlySupervisorGetsNoFormAndNoMoves() {
        new ReportService(platform).register(Reports.anonymous(SupervisionContext.TODAY));
        platform.actAs(TestTenancy.reading(Set.of(SupervisionContext.WENJIANG)));
        UI.getCurrent().add(new ReportsView());
        assertThat(_find(Button.class, spec -> spec.withId("supervision-report-register")))
                .isEmpty();
        @SuppressWarnings("unchecked")
        Grid<ReportService.ReportView> grid = _get(Grid.class, spec -> spec.withId("supervision-report-grid"));
        grid.select(GridKt._get(grid, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-report-shown-status"))
                        .getText())
                .contains("已登记");
        assertThat(_find(Button.class, spec -> spec.withId("supervision-report-accept")))
                .isEmpty();
        assertThat(platform.audited()).extracting(RecordedAudit.Entry::action).contains("report.read");
    }

    @Test
    void aRepeatIsAnsweredFromTheClosedReportAboutTheSameCadreChosenInThePanel() {
        ReportService reports = new ReportService(platform);
        ReportSteps steps = new ReportSteps(platform);
        UUID first = reports.register(Reports.anonymous(SupervisionContext.TODAY, li.id()))
                .report()
                .id();
        steps.accept(first, HandlingType.JU_HE);
        steps.assign(first, Assignment.OWN, "干部监督科");
        steps.investigate(first);
        steps.conclude(first, Conclusion.UNSUBSTANTIATED, "不属实");
        steps.close(first);
        reports.register(Reports.anonymous(SupervisionContext.TODAY, li.id()));
        UI.getCurrent().add(new ReportsView());
        @SuppressWarnings("unchecked")
        Grid<ReportService.ReportView> grid = _get(Grid.class, spec -> spec.withId("supervision-report-grid"));
        ReportService.ReportView repeat =
                GridKt._get(grid, 0).report().id().equals(first) ? GridKt._get(grid, 1) : GridKt._get(grid, 0);
        grid.select(repeat);
        ComboBox<ReportService.ReportView> repeatOf = combo("supervision-report-repeat-of");
        assertThat(repeatOf.getListDataView().getItems())
                .extracting(v -> v.report().id())
                .containsExactly(first);
        _click(_get(Button.class, spec -> spec.withId("supervision-report-answer")));
        assertThat(repeatOf.isInvalid()).isTrue();
        repeatOf.setValue(repeatOf.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("supervision-report-answer")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("supervision-report-shown-status"))
                        .getText())
                .contains("重复举报，按原办理结果答复");
    }
}
