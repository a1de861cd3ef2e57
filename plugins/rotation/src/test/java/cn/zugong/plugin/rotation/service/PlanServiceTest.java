package cn.zugong.plugin.rotation.service;

import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION_SCHOOLS;
import static cn.zugong.plugin.rotation.testing.Careers.FINANCE_BUREAU;
import static cn.zugong.plugin.rotation.testing.Careers.PARTY;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.relative;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.UnitRef;
import cn.zugong.plugin.rotation.plan.Bar;
import cn.zugong.plugin.rotation.plan.ExchangePlan;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.plan.OpenPost;
import cn.zugong.plugin.rotation.plan.PlanSolver;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A plan built from a county's due lists through the SDK, with the avoidance gate's bars, solved. */
class PlanServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String LEVEL = "COUNTY_DEPUTY";

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);
    private final PlanService service = new PlanService(platform);
    private final CadreCareer due =
            platform.careers().put(career("张伟", held(PARTY, "副书记", LEVEL, false, TODAY.minusYears(10))));
    private final OpenPost education = post(EDUCATION, "副局长");
    private final OpenPost finance = post(FINANCE_BUREAU, "副局长");

    PlanServiceTest() {
        platform.careers().put(career("李娜", held(EDUCATION, "科员", null, false, TODAY.minusYears(3))));
        platform.careers().family(due.cadreId(), List.of(relative("妻子", "SPOUSE", "李娜", "温江区教育局")));
    }

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void aCadreOnTheMustListIsToMoveAndIsBarredFromHisSpousesOrgan_VE2() {
        ExchangePlan problem = service.problem(CadreFixtures.WENJIANG, List.of(education, finance), TODAY);

        assertThat(problem.getMovers()).singleElement().satisfies(m -> {
            assertThat(m.getCadreId()).isEqualTo(due.cadreId());
            assertThat(m.getReason()).isEqualTo(Mover.Reason.MUST);
            assertThat(m.getYearsInPost()).isEqualTo(10);
        });
        assertThat(problem.getBars())
                .containsExactly(new Bar(due.cadreId(), education.id(), Bar.Kind.AVOIDANCE, "V-E2"));
    }

    @Test
    void theSolvedPlanMovesTheCadreToThePostWithoutAConflict() {
        ExchangePlan problem = service.problem(CadreFixtures.WENJIANG, List.of(education, finance), TODAY);

        ExchangePlan solved = new PlanSolver(Duration.ofSeconds(5), Duration.ofMillis(300)).solve(problem);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getMovers().getFirst().getPost()).isEqualTo(finance);
    }

    @Test
    void thePrincipalPostOfAnOrganIsBarredWhereTheSpouseWorksInOneOfItsInternalOrgans_VE2() {
        CadreCareer other = platform.careers().put(career("王强", held(PARTY, "常委", LEVEL, false, TODAY.minusYears(10))));
        platform.careers().put(career("赵敏", held(EDUCATION_SCHOOLS, "科员", null, false, TODAY.minusYears(2))));
        platform.careers().family(other.cadreId(), List.of(relative("妻子", "SPOUSE", "赵敏", "温江区教育局基础教育科")));
        OpenPost director = new OpenPost(
                UUID.randomUUID(), EDUCATION.id(), EDUCATION.name(), "局长", LEVEL, EDUCATION.type(), true, 1, "", 1, 1);

        ExchangePlan problem = service.problem(CadreFixtures.WENJIANG, List.of(director, finance), TODAY);

        assertThat(problem.getBars()).contains(new Bar(other.cadreId(), director.id(), Bar.Kind.AVOIDANCE, "V-E2"));
        assertThat(problem.getBars())
                .noneMatch(
                        b -> b.cadreId().equals(other.cadreId()) && b.postId().equals(finance.id()));
    }

    private static OpenPost post(UnitRef unit, String title) {
        return new OpenPost(UUID.randomUUID(), unit.id(), unit.name(), title, LEVEL, unit.type(), false, 1, "", 1, 1);
    }
}
