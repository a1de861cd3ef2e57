package cn.zugong.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.core.selection.domain.OpenCase;
import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.cadre.UnitChoices;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening a case: the fields of each kind, what is handed to the service, its refusals on the fields. */
@ExtendWith(PortalUi.class)
class NewCaseDialogTest {

    private static final UnitChoices.Unit BUREAU = new UnitChoices.Unit(UUID.randomUUID(), "区发展和改革局");
    private static final UnitPosition DEPUTY =
            new UnitPosition(BUREAU.id(), "副局长", PostLevel.TOWNSHIP_DEPUTY, AppointmentMethod.APPOINTED, 2);
    private static final CadreSearch.Option WANG = new CadreSearch.Option(UUID.randomUUID(), "王明", "区财政局副局长");

    private final List<OpenCase> opened = new ArrayList<>();
    private final List<UUID> shown = new ArrayList<>();
    private RuntimeException refusal;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private NewCaseDialog dialog() {
        UnitChoices units = new UnitChoices() {
            @Override
            public List<Unit> find(String filter, int offset, int limit) {
                return offset == 0 ? List.of(BUREAU) : List.of();
            }

            @Override
            public Optional<Unit> byId(UUID id) {
                return Optional.of(BUREAU);
            }

            @Override
            public List<UnitPosition> positions(UUID unitId) {
                return List.of(DEPUTY);
            }
        };
        CadreSearch cadres = (text, offset, limit) -> offset == 0 ? List.of(WANG) : List.of();
        UUID id = UUID.randomUUID();
        NewCaseDialog dialog = new NewCaseDialog(
                units,
                cadres,
                request -> {
                    if (refusal != null) {
                        throw refusal;
                    }
                    opened.add(request);
                    return id;
                },
                shown::add);
        dialog.open();
        return dialog;
    }

    @Test
    void anAppointmentNamesThePostAndTheIntendedCandidates() {
        NewCaseDialog dialog = dialog();
        dialog.title.setValue("区发展改革局副局长");
        dialog.unit.setValue(BUREAU);
        dialog.position.setValue(DEPUTY);
        dialog.intended.setValue(Set.of(WANG));
        dialog.initiator.setValue("组织部门");

        assertThat(dialog.save()).isTrue();
        assertThat(opened).singleElement().satisfies(request -> {
            assertThat(request.kind()).isEqualTo(SelectionKind.APPOINT);
            assertThat(request.positionId()).isEqualTo(DEPUTY.getId());
            assertThat(request.subjectCadreId()).isNull();
            assertThat(request.intended()).containsExactly(WANG.id());
        });
        assertThat(shown).hasSize(1);
    }

    @Test
    void aRetirementNamesOnlyTheCadre() {
        NewCaseDialog dialog = dialog();
        dialog.kind.setValue(SelectionKind.RETIRE);

        assertThat(dialog.subject.isVisible()).isTrue();
        assertThat(dialog.position.isVisible()).isFalse();
        assertThat(dialog.intended.isVisible()).isFalse();
        dialog.title.setValue("王明退休");
        dialog.subject.setValue(WANG);
        dialog.save();
        assertThat(opened).singleElement().satisfies(request -> {
            assertThat(request.subjectCadreId()).isEqualTo(WANG.id());
            assertThat(request.positionId()).isNull();
        });
    }

    @Test
    void theServicesRefusalsAreShownOnTheirFields() {
        NewCaseDialog dialog = dialog();
        refusal = new ValidationException(List.of(
                new Problem("title", "selection.title.required"),
                new Problem("position", "selection.position.required")));

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("请填写事项名称。");
        assertThat(dialog.position.getErrorMessage()).isEqualTo("请选择本县（区）的职位。");
        assertThat(shown).isEmpty();
    }

    @Test
    void aCadreIsShownWithHisPost() {
        assertThat(dialog().subject.getItemLabelGenerator().apply(WANG)).isEqualTo("王明（区财政局副局长）");
    }
}
