package cn.zugong.plugin.rotation.ui;

import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION_SCHOOLS;
import static cn.zugong.plugin.rotation.testing.Careers.PARTY;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.relative;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.career.CadreCareer;
import cn.zugong.plugin.rotation.avoidance.Kinship;
import cn.zugong.plugin.rotation.service.TermsLink;
import cn.zugong.plugin.rotation.term.TermRecord;
import cn.zugong.plugin.rotation.testing.PagesUi;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate SINCE = LocalDate.of(2021, 3, 1);

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);
    private final CadreCareer member =
            platform.careers().put(career("常委甲", held(PARTY, "常委", "COUNTY_DEPUTY", false, TODAY.minusYears(11))));
    private final CadreCareer director =
            platform.careers().put(career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, SINCE)));
    private final CadreCareer clerk =
            platform.careers().put(career("李娜", held(EDUCATION_SCHOOLS, "科员", null, false, SINCE)));

    @BeforeEach
    void open() {
        platform.careers().family(director.cadreId(), List.of(relative("妻子", "SPOUSE", "李娜", "温江区教育局")));
        // The registry's directory knows the same cadres as the careers.
        for (CadreCareer c : List.of(member, director, clerk)) {
            platform.cadre(new CadreRef(
                    c.cadreId(),
                    c.tenant(),
                    c.name(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    true));
        }
        PagesUi.open(platform);
    }

    @AfterEach
    void close() {
        PagesUi.close();
        platform.close();
    }

    @Test
    void theDuePageListsTheMemberElevenYearsInPostAsMustAndItsFilterFindsHim() {
        UI.getCurrent().add(new DueView());

        Grid<?> must = _get(Grid.class, spec -> spec.withId("rotation-due-must"));
        assertThat(GridKt._size(must)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(must, 0)).contains("同一职位任职满10年 (V-E3)", "中共温江区委", "常委");
        _get(TextField.class, spec -> spec.withId("rotation-due-search")).setValue("张伟");
        assertThat(GridKt._size(must)).isZero();
        _get(TextField.class, spec -> spec.withId("rotation-due-search")).setValue("常委");
        assertThat(GridKt._size(must)).isEqualTo(1);
        assertThat(member.name()).isEqualTo("常委甲");
    }

    @Test
    void anOfficerScansAndMovesAFindingAViewerOnlyReadsIt() {
        UI.getCurrent().add(new FindingsView());
        _click(_get(Button.class, spec -> spec.withId("rotation-finding-apply")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-findings-outcome"))
                        .getText())
                .isEqualTo("请先选择一项回避情形和处理结果。");

        _click(_get(Button.class, spec -> spec.withId("rotation-findings-scan")));

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("rotation-findings-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("张伟", "李娜", "夫妻", "已发现");

        platform.holdOnly("rotation.view");
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new FindingsView());
        assertThat(_find(Button.class, spec -> spec.withId("rotation-findings-scan")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-read-only"))
                        .getText())
                .isNotBlank();
    }

    @Test
    void theTermsPageShowsACadresTermsInEnglishAndNothingOfAnotherCounty() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent()
                .navigate(
                        TermsLink.ROUTE,
                        QueryParameters.of("cadre", member.cadreId().toString()));

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("rotation-terms-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("running", "Derived from the posts held");

        PagesUi.close();
        platform.actAs(TestTenancy.writing(CadreFixtures.PIDU));
        PagesUi.open(platform);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent()
                .navigate(
                        TermsLink.ROUTE,
                        QueryParameters.of("cadre", director.cadreId().toString()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-terms-unknown"))
                        .getText())
                .isEqualTo("No such cadre.");
    }

    @Test
    void anOfficerCorrectsAPostsTermsAndAnEmptyFirstDayIsRefused() {
        UI.getCurrent()
                .navigate(
                        TermsLink.ROUTE,
                        QueryParameters.of("cadre", member.cadreId().toString()));
        @SuppressWarnings("unchecked")
        ComboBox<TermRecord> post = _get(ComboBox.class, spec -> spec.withId("rotation-term-post"));
        post.setValue(post.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("rotation-term-add")));
        _click(_get(Button.class, spec -> spec.withId("rotation-term-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-term-problems"))
                        .getText())
                .isEqualTo("每一届都须填写起始日期。");

        _get(DatePicker.class, spec -> spec.withId("rotation-term-start-4")).setValue(LocalDate.of(2010, 1, 1));
        _get(DatePicker.class, spec -> spec.withId("rotation-term-end-4")).setValue(LocalDate.of(2014, 12, 1));
        _click(_get(Button.class, spec -> spec.withId("rotation-term-save")));

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("rotation-terms-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("2010-01-01", "人工更正");
    }

    @Test
    void anOfficerRecordsTwoCadresAsRelativesAndTheNextScanChecksThem() {
        UI.getCurrent().add(new FindingsView());
        _click(_get(Button.class, spec -> spec.withId("rotation-kin-record")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-kin-outcome"))
                        .getText())
                .isEqualTo("请选择两名干部及其亲属关系。");

        @SuppressWarnings("unchecked")
        ComboBox<CadreRef> cadre = _get(ComboBox.class, spec -> spec.withId("rotation-kin-cadre"));
        @SuppressWarnings("unchecked")
        ComboBox<CadreRef> relative = _get(ComboBox.class, spec -> spec.withId("rotation-kin-relative"));
        @SuppressWarnings("unchecked")
        ComboBox<Kinship> kinship = _get(ComboBox.class, spec -> spec.withId("rotation-kin-kinship"));
        cadre.setValue(platform.cadres().find(director.cadreId()).orElseThrow());
        relative.setValue(platform.cadres().find(member.cadreId()).orElseThrow());
        kinship.setValue(Kinship.COLLATERAL);
        _click(_get(Button.class, spec -> spec.withId("rotation-kin-record")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-kin-outcome"))
                        .getText())
                .isEqualTo("已登记 张伟 与 常委甲 的亲属关系，下次排查时一并检查。");

        _click(_get(Button.class, spec -> spec.withId("rotation-kin-record")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rotation-kin-outcome"))
                        .getText())
                .isEqualTo("已登记与 常委甲 的亲属关系。");
    }

    @Test
    void anOfficerConfirmsAGrowthPlaceOnTheTermsPage_VE1() {
        CadreCareer local = platform.careers()
                .put(career("王五", Optional.of("四川温江"), held(PARTY, "副书记", "COUNTY_DEPUTY", false, SINCE)));
        platform.cadre(new CadreRef(
                local.cadreId(),
                local.tenant(),
                local.name(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true));
        UI.getCurrent()
                .navigate(
                        TermsLink.ROUTE,
                        QueryParameters.of("cadre", local.cadreId().toString()));
        Paragraph place = _get(Paragraph.class, spec -> spec.withId("rotation-growth-place"));
        assertThat(place.getText()).isEqualTo("成长地：四川温江（未经确认，地域回避仅作提醒）");

        _click(_get(Button.class, spec -> spec.withId("rotation-growth-confirm")));

        assertThat(place.getText()).isEqualTo("成长地：四川温江（已确认）");
        assertThat(platform.audited()).anyMatch(e -> e.action().equals("growth.confirm"));
    }
}
