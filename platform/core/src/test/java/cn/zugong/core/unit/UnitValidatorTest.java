package cn.zugong.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnitValidatorTest {

    private static OrgUnit valid() {
        OrgUnit unit = new OrgUnit();
        unit.setName("成都市温江区教育局");
        unit.setType(UnitType.WORKING_DEPARTMENT);
        unit.setPrincipalPosts(1);
        unit.setDeputyPosts(3);
        return unit;
    }

    private static java.util.List<String> problems(OrgUnit unit, Map<UUID, UUID> parents, boolean taken) {
        return UnitValidator.validate(unit, id -> Optional.ofNullable(parents.get(id)), taken).stream()
                .map(p -> p.field() + ":" + p.messageKey())
                .toList();
    }

    @Test
    void aCompleteUnitHasNoProblems() {
        assertThat(problems(valid(), Map.of(), false)).isEmpty();
    }

    @Test
    void aBlankNameAndAMissingTypeAreEachReportedOnTheirField() {
        OrgUnit unit = valid();
        unit.setName("   ");
        unit.setType(null);

        assertThat(problems(unit, Map.of(), false))
                .containsExactly("name:unit.error.name.required", "type:unit.error.type.required");
    }

    @Test
    void aNameOfMoreThanAHundredCharactersIsRefused() {
        OrgUnit unit = valid();
        unit.setName("局".repeat(101));

        assertThat(problems(unit, Map.of(), false)).containsExactly("name:unit.error.name.length");
    }

    @Test
    void aNameTakenUnderTheSameParentIsRefused() {
        assertThat(problems(valid(), Map.of(), true)).containsExactly("name:unit.error.name.taken");
    }

    @Test
    void postsOutsideZeroToNinetyNineAreRefused() {
        OrgUnit unit = valid();
        unit.setPrincipalPosts(-1);
        unit.setDeputyPosts(100);

        assertThat(problems(unit, Map.of(), false))
                .containsExactly("principalPosts:unit.error.posts.range", "deputyPosts:unit.error.posts.range");
    }

    @Test
    void aUnitCannotBeItsOwnAncestor() {
        OrgUnit unit = valid();
        UUID child = UUID.randomUUID();
        UUID grandChild = UUID.randomUUID();
        unit.setParentId(grandChild);

        assertThat(problems(unit, Map.of(grandChild, child, child, unit.getId()), false))
                .containsExactly("parent:unit.error.parent.cycle");
    }

    @Test
    void aParentChainEndingAtTheRootIsFine() {
        OrgUnit unit = valid();
        UUID parent = UUID.randomUUID();
        unit.setParentId(parent);

        assertThat(problems(unit, Map.of(), false)).isEmpty();
    }
}
