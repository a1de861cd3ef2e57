package cn.zugong.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a position must be before it is saved. */
class PositionValidatorTest {

    private static UnitPosition position(String title, PostLevel level) {
        UnitPosition position = new UnitPosition(UUID.randomUUID());
        position.setTitle(title);
        position.setPostLevel(level);
        position.setPrincipal(level != null && level.principal());
        position.setSelection(AppointmentMethod.APPOINTED);
        return position;
    }

    @Test
    void aPrincipalPostAtTheUnitsRankIsValid() {
        assertThat(PositionValidator.validate(
                        position("局长", PostLevel.TOWNSHIP_PRINCIPAL), PostLevel.TOWNSHIP_PRINCIPAL))
                .isEmpty();
    }

    @Test
    void aDeputyPostOneLevelBelowTheRankIsValid() {
        UnitPosition deputy = position("副局长", PostLevel.TOWNSHIP_DEPUTY);

        assertThat(PositionValidator.validate(deputy, PostLevel.TOWNSHIP_PRINCIPAL))
                .isEmpty();
    }

    @Test
    void theHeadOfADeputyRankedOrganIsItsPrincipalAtTheSameLevelAsItsDeputies() {
        UnitPosition head = position("科长", PostLevel.TOWNSHIP_DEPUTY);
        head.setPrincipal(true);

        assertThat(PositionValidator.validate(head, PostLevel.TOWNSHIP_DEPUTY)).isEmpty();
        assertThat(PositionValidator.validate(position("副科长", PostLevel.TOWNSHIP_DEPUTY), PostLevel.TOWNSHIP_DEPUTY))
                .isEmpty();
    }

    @Test
    void aPrincipalPostBelowTheRankIsRefused() {
        UnitPosition head = position("局长", PostLevel.TOWNSHIP_DEPUTY);
        head.setPrincipal(true);

        assertThat(PositionValidator.validate(head, PostLevel.TOWNSHIP_PRINCIPAL))
                .containsExactly(new Problem("postLevel", "position.error.level.rank"));
    }

    @Test
    void aLevelThatDoesNotFitTheRankIsRefused() {
        assertThat(PositionValidator.validate(position("局长", PostLevel.COUNTY_PRINCIPAL), PostLevel.TOWNSHIP_PRINCIPAL))
                .containsExactly(new Problem("postLevel", "position.error.level.rank"));
        assertThat(PositionValidator.validate(position("副书记", PostLevel.TOWNSHIP_DEPUTY), PostLevel.COUNTY_PRINCIPAL))
                .containsExactly(new Problem("postLevel", "position.error.level.rank"));
    }

    @Test
    void theTitleIsRequiredAndAtMostOneHundredCharacters() {
        assertThat(PositionValidator.validate(
                        position("  ", PostLevel.TOWNSHIP_PRINCIPAL), PostLevel.TOWNSHIP_PRINCIPAL))
                .containsExactly(new Problem("title", "position.error.title.required"));
        assertThat(PositionValidator.validate(
                        position("长".repeat(101), PostLevel.TOWNSHIP_PRINCIPAL), PostLevel.TOWNSHIP_PRINCIPAL))
                .containsExactly(new Problem("title", "position.error.title.length"));
    }

    @Test
    void theLevelAndTheSelectionMethodAreRequired() {
        UnitPosition position = position("局长", null);
        position.setSelection(null);

        assertThat(PositionValidator.validate(position, PostLevel.TOWNSHIP_PRINCIPAL))
                .extracting(Problem::field)
                .containsExactly("postLevel", "selection");
    }

    @Test
    void onlyAPrincipalPostIsAKeyPost() {
        UnitPosition deputy = position("副局长", PostLevel.TOWNSHIP_DEPUTY);
        deputy.setKeyPost(true);

        assertThat(PositionValidator.validate(deputy, PostLevel.TOWNSHIP_PRINCIPAL))
                .containsExactly(new Problem("keyPost", "position.error.keyPost.principal"));
    }

    @Test
    void principalPostsSitAtTheRankAndDeputiesAtItsDeputyLevel() {
        assertThat(PositionValidator.levelOf(PostLevel.COUNTY_PRINCIPAL, true)).isEqualTo(PostLevel.COUNTY_PRINCIPAL);
        assertThat(PositionValidator.levelOf(PostLevel.COUNTY_PRINCIPAL, false)).isEqualTo(PostLevel.COUNTY_DEPUTY);
        assertThat(PositionValidator.levelOf(null, true)).isNull();
    }
}
