package cn.zugong.ui.selection;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.CaseRow;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.EmptyFrame;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case list without a browser: who may open a case, what each row shows, the filters. */
class CasesViewTest {

    private static final String WENJIANG = "510115";
    private final List<String> asked = new ArrayList<>();

    @BeforeAll
    static void useThePortalsTranslations() {
        System.setProperty("vaadin.i18n.provider", "cn.zugong.ui.i18n.PortalI18NProvider");
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("cn.zugong.ui.selection"));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private CasesView view(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
        CaseRow row = new CaseRow(
                UUID.randomUUID(),
                WENJIANG,
                "2026-001",
                SelectionKind.APPOINT,
                "区发展改革局副局长",
                SelectionStep.INSPECTION,
                Instant.now().minus(12, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS),
                CaseStatus.OPEN,
                Instant.now().minus(40, ChronoUnit.DAYS));
        CasesView view = new CasesView(
                new CaseSource() {
                    @Override
                    public List<CaseRow> list(
                            String county, SelectionStep step, boolean openOnly, int offset, int limit) {
                        asked.add(county + " " + openOnly + (step == null ? "" : " " + step));
                        return offset == 0 ? List.of(row) : List.of();
                    }

                    @Override
                    public int count(String county, SelectionStep step, boolean openOnly) {
                        return 1;
                    }
                },
                new Counties(EmptyFrame.tenants()),
                opened -> {
                    throw new AssertionError("no case is opened here");
                });
        UI.getCurrent().add(view);
        return view;
    }

    private CasesView officer() {
        return view(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER);
    }

    @Test
    void anOfficerMayOpenANewCase() {
        assertThat(officer().create.isVisible()).isTrue();
    }

    @Test
    void aSupervisorReadsTheCasesButOpensNone() {
        CasesView view = view(Tenancy.reading(Set.of(new TenantId(WENJIANG))), "supervisor");

        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.grid.getColumns()).hasSize(7);
    }

    @Test
    void aCountyAuditorOpensNone() {
        assertThat(view(Tenancy.reading(Set.of(new TenantId(WENJIANG))), "tenant-auditor")
                        .create
                        .isVisible())
                .isFalse();
    }

    @Test
    void aRowShowsTheKindStepAndDaysAtTheStepInChinese() {
        CasesView view = officer();

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).startsWith("2026-001", "任职", "区发展改革局副局长", "考察", "12");
    }

    @Test
    void openCasesAreListedUntilTheEndedAreAskedFor() {
        CasesView view = officer();
        _getFormattedRow(view.grid, 0);
        view.showAll.setValue(true);
        _getFormattedRow(view.grid, 0);
        view.showCounty(WENJIANG);
        _getFormattedRow(view.grid, 0);

        assertThat(asked).startsWith("null true").contains("null false", WENJIANG + " false");
    }
}
