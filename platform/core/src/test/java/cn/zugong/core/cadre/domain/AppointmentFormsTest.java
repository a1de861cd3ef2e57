package cn.zugong.core.cadre.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentFormsTest {

    private static Assessment assessment(int year, AssessmentGrade grade) {
        Assessment a = new Assessment();
        a.setYear(year);
        a.setGrade(grade);
        return a;
    }

    private static Cadre cadre() {
        Cadre cadre = new Cadre();
        cadre.setName("李明");
        cadre.setGender(Gender.MALE);
        cadre.setBirthDate(LocalDate.of(1980, 3, 1));
        cadre.setEthnicity("汉族");
        cadre.setPoliticalStatus(PoliticalStatus.MASSES);
        cadre.setIdNumber("11010519491231002X");
        return cadre;
    }

    @Test
    void theAssessmentLineNamesTheLastThreeYearsInOrder() {
        CadreFile file = new CadreFile(
                cadre(),
                null,
                List.of(),
                List.of(),
                List.of(
                        assessment(2024, AssessmentGrade.COMPETENT),
                        assessment(2021, AssessmentGrade.EXCELLENT),
                        assessment(2023, AssessmentGrade.EXCELLENT),
                        assessment(2022, AssessmentGrade.BASICALLY_COMPETENT)),
                List.of(),
                List.of(),
                false,
                true);

        AppointmentForm form = AppointmentForms.of(file, new byte[0], LocalDate.of(2025, 6, 30), "");

        assertEquals("2022年年度考核基本称职；2023年年度考核优秀；2024年年度考核称职；", form.assessments());
        assertEquals("198003", form.birth());
        assertEquals("男", form.gender());
        assertEquals("群众", form.partyJoined());
        assertEquals("202506", form.ageReference());
    }
}
