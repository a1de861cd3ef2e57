package cn.zugong.ui.selection;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The recorded exceptions of a case: shown to every reader, recorded by the county's tenant-admin only. */
@ExtendWith(PortalUi.class)
class ExceptionsPanelTest {

    private final CaseFixture fixture = new CaseFixture(SelectionStep.INITIATION);
    private UUID wang;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        wang = fixture.candidate("王明", false);
        fixture.exceptions.add(new RecordedException(
                fixture.selectionCase.getId(),
                wang,
                ExceptionKind.QUOTA_ADJUSTMENT,
                "温编〔2026〕12号",
                "区委编办",
                LocalDate.of(2026, 9, 1),
                null,
                "wenjiang-admin",
                Instant.parse("2026-09-02T02:00:00Z")));
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
    }

    private ExceptionsPanel panel(String role, boolean writable) {
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
        ExceptionsPanel panel =
                new ExceptionsPanel(fixture.context(writable), new CaseCalls(fixture.selectionCase.getId(), null));
        UI.getCurrent().add(panel);
        return panel;
    }

    private static boolean has(Component root, String id) {
        return root.getId().filter(id::equals).isPresent() || root.getChildren().anyMatch(child -> has(child, id));
    }

    @Test
    void theTenantAdminRecordsAnExceptionWithItsDocumentNumberApproverDateAndKind() {
        ExceptionsPanel panel = panel(CurrentUser.TENANT_ADMIN, true);

        assertThat(has(panel, "exception-form")).isTrue();
        for (String field : new String[] {
            "exception-candidate",
            "exception-kind",
            "exception-document-no",
            "exception-approver",
            "exception-approved-on",
            "exception-save"
        }) {
            assertThat(has(panel, field)).as(field).isTrue();
        }
    }

    @Test
    void anOfficerSeesTheExceptionsReadOnlyAndWhoRecordsThem() {
        ExceptionsPanel panel = panel(CurrentUser.OFFICER, true);

        assertThat(has(panel, "exception-form")).isFalse();
        assertThat(has(panel, "exceptions-hint")).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>)
                panel.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("王明", "职数调整", "温编〔2026〕12号", "区委编办", "2026-09-01");
    }

    @Test
    void aSupervisorSeesThemWithoutAnyForm() {
        ExceptionsPanel panel = panel("supervisor", false);

        assertThat(has(panel, "exception-form")).isFalse();
        assertThat(has(panel, "exceptions-hint")).isFalse();
    }
}
