package cn.zugong.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The "change status" dialog offers only the allowed transitions and wants a date that has come. */
@ExtendWith(PortalUi.class)
class StatusDialogTest {

    private final List<String> changes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private StatusDialog dialog(CadreStatus current) {
        StatusDialog dialog = new StatusDialog(current, (status, date, note) -> changes.add(status + " " + date));
        dialog.open();
        return dialog;
    }

    @Test
    void aRetiredCadreCanOnlyBeRecordedAsDeceased() {
        assertThat(dialog(CadreStatus.RETIRED).status.getListDataView().getItems())
                .containsExactly(CadreStatus.DECEASED);
    }

    @Test
    void anActiveCadreRetiresOnADate() {
        StatusDialog dialog = dialog(CadreStatus.ACTIVE);
        assertThat(dialog.status.getListDataView().getItems()).doesNotContain(CadreStatus.ACTIVE);
        dialog.status.setValue(CadreStatus.RETIRED);
        dialog.date.setValue(LocalDate.of(2024, 12, 31));

        assertThat(dialog.save()).isTrue();
        assertThat(changes).containsExactly("RETIRED 2024-12-31");
    }

    @Test
    void aChangeWithoutADateIsRefusedOnTheDateField() {
        StatusDialog dialog = dialog(CadreStatus.ACTIVE);
        dialog.status.setValue(CadreStatus.RETIRED);

        assertThat(dialog.save()).isFalse();
        assertThat(changes).isEmpty();
        assertThat(dialog.date.getErrorMessage()).isEqualTo("This field is required.");
    }
}
