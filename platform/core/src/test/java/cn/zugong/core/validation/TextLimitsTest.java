package cn.zugong.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.cadre.domain.RewardPunishment;
import cn.zugong.core.calendar.CalendarDay;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text fields against the lengths the portal's schema gives their columns (H2, the run default). */
class TextLimitsTest {

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = new TestDatabase(
                OrgUnit.class,
                UnitPosition.class,
                Cadre.class,
                PostHolding.class,
                FamilyMember.class,
                Assessment.class,
                RewardPunishment.class,
                CalendarDay.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void eachOverLongCadreFieldIsNamedWithItsColumnsLength() {
        Cadre cadre = new Cadre();
        cadre.setName("张三");
        cadre.setEthnicity("汉".repeat(21));
        cadre.setNativePlace("x".repeat(101));
        cadre.education().setExpertise("x".repeat(201));
        cadre.proposal().setAppointmentReason("x".repeat(501));
        cadre.education().setProfessionalTitle("x".repeat(101));

        assertThat(check(cadre))
                .containsExactlyInAnyOrder(
                        new Problem("ethnicity", TextLimits.TOO_LONG, List.of(20)),
                        new Problem("nativePlace", TextLimits.TOO_LONG, List.of(100)),
                        new Problem("expertise", TextLimits.TOO_LONG, List.of(200)),
                        new Problem("appointmentReason", TextLimits.TOO_LONG, List.of(500)),
                        new Problem("professionalTitle", TextLimits.TOO_LONG, List.of(100)));
    }

    @Test
    void aValueOfExactlyTheColumnsLengthFits() {
        Cadre cadre = new Cadre();
        cadre.setEthnicity("汉".repeat(20));

        assertThat(check(cadre)).isEmpty();
    }

    @Test
    void subRecordsAreCheckedThroughTheirInheritedFieldsToo() {
        FamilyMember member = new FamilyMember();
        member.setRelation("x".repeat(100));

        assertThat(check(member)).extracting(Problem::field).containsExactly("relation");
    }

    @Test
    void aRuleThatAlreadyRefusedAFieldIsNotRepeated() {
        OrgUnit unit = new OrgUnit();
        unit.setName("x".repeat(500));
        List<Problem> rule = List.of(new Problem("name", "unit.error.name.length"));

        try (EntityManager em = db.entityManager()) {
            assertThat(TextLimits.with(em, unit, rule)).isEqualTo(rule);
        }
    }

    private static List<Problem> check(Object entity) {
        try (EntityManager em = db.entityManager()) {
            return TextLimits.check(em, entity);
        }
    }
}
