package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DtoMappingTest {

    private static final String ID_NUMBER = "51012419800101001X";

    @Test
    void theIdNumberIsShownOnlyInTheSensitiveView() {
        Cadre cadre = cadre();

        assertThat(CadreDto.of(file(cadre, true)).idNumber()).isEqualTo(ID_NUMBER);
        assertThat(CadreDto.of(file(cadre, false)).idNumber()).isNull();
    }

    @Test
    void theFileCarriesItsVersionUnitNameAndOwnFields() {
        CadreDto dto = CadreDto.of(file(cadre(), true));

        assertThat(dto.name()).isEqualTo("Wang");
        assertThat(dto.unitName()).isEqualTo("Unit");
        assertThat(dto.version()).isZero();
        assertThat(dto.status()).isEqualTo(CadreStatus.ACTIVE);
    }

    @Test
    void anInputFromACallerWhoMayNotSeeTheIdNumberKeepsTheStoredOne() {
        Cadre cadre = cadre();

        input("999").applyTo(cadre, false);
        assertThat(cadre.getIdNumber()).isEqualTo(ID_NUMBER);

        input(null).applyTo(cadre, true);
        assertThat(cadre.getIdNumber()).isNull();
    }

    @Test
    void anInputReplacesTheCadresOwnFields() {
        Cadre cadre = input(null).applyTo(new Cadre(), true);

        assertThat(cadre.getName()).isEqualTo("Li");
        assertThat(cadre.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(cadre.isBirthDayKnown()).isTrue();
        assertThat(cadre.getManagementAuthority()).isEqualTo(ManagementAuthority.COUNTY);
    }

    @Test
    void aUnitInputWithoutPostCountsHasNone() {
        OrgUnit unit =
                new UnitInput(" Bureau ", UnitType.WORKING_DEPARTMENT, null, null, null, 2, 1L).applyTo(new OrgUnit());
        UnitDto dto = UnitDto.of(unit);

        assertThat(dto.name()).isEqualTo("Bureau");
        assertThat(dto.principalPosts()).isZero();
        assertThat(dto.deputyPosts()).isEqualTo(2);
        assertThat(dto.id()).isEqualTo(unit.getId());
    }

    private static Cadre cadre() {
        Cadre cadre = new Cadre();
        cadre.setName("Wang");
        cadre.setIdNumber(ID_NUMBER);
        cadre.setStatus(CadreStatus.ACTIVE);
        return cadre;
    }

    private static CadreFile file(Cadre cadre, boolean sensitive) {
        return new CadreFile(cadre, "Unit", List.of(), List.of(), List.of(), List.of(), List.of(), false, sensitive);
    }

    private static CadreInput input(String idNumber) {
        return new CadreInput(
                " Li ",
                Gender.FEMALE,
                LocalDate.of(1980, 1, 1),
                null,
                "Han",
                null,
                null,
                null,
                idNumber,
                PoliticalStatus.CPC_MEMBER,
                "200107",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ManagementAuthority.COUNTY,
                CadreStatus.ACTIVE,
                null,
                null,
                null,
                null,
                0L);
    }
}
