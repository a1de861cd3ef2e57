package cn.zugong.core.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Creating and changing positions on the portal's schema (H2): rank checks, order, who may write. */
class PositionServiceTest {

    private static final String WENJIANG = "510115";
    private static TestRegistry registry;
    private static UUID bureau;

    private EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        registry = new TestRegistry();
        registry.tenant(WENJIANG);
        bureau = registry.unit(WENJIANG, "bureau", "WORKING_DEPARTMENT", PostLevel.TOWNSHIP_PRINCIPAL, 1, 2);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @AfterEach
    void clear() {
        em.close();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private PositionService as(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
        PositionService service = new PositionService();
        em = registry.entityManager();
        service.em = em;
        return service;
    }

    private PositionService officer() {
        return as(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER);
    }

    private static UnitPosition position(String title, PostLevel level, boolean principal) {
        UnitPosition position = new UnitPosition(bureau);
        position.setTitle(title);
        position.setPostLevel(level);
        position.setPrincipal(principal);
        position.setSelection(AppointmentMethod.APPOINTED);
        return position;
    }

    private UnitPosition saved(PositionService service, UnitPosition position) {
        em.getTransaction().begin();
        UnitPosition saved = service.save(position);
        em.getTransaction().commit();
        return saved;
    }

    @Test
    void equalTitlesAreToldApartByWhoHoldsThemToday() throws Exception {
        PositionService service = officer();
        UnitPosition first = saved(service, position("副局长", PostLevel.TOWNSHIP_DEPUTY, false));
        UnitPosition second = saved(service, position("副局长", PostLevel.TOWNSHIP_DEPUTY, false));
        UnitPosition third = saved(service, position("副局长", PostLevel.TOWNSHIP_DEPUTY, false));
        registry.occupant(WENJIANG, bureau, first.getId(), "王明", null);
        registry.occupant(WENJIANG, bureau, third.getId(), "李红", LocalDate.of(2021, 6, 30));

        assertThat(service.holders(bureau))
                .containsEntry(first.getId(), List.of("王明"))
                .doesNotContainKey(second.getId())
                .doesNotContainKey(third.getId());
    }

    @Test
    void anOfficerAddsPositionsThatFollowEachOtherInTheUnitsList() {
        PositionService service = officer();
        saved(service, position("deputy", PostLevel.TOWNSHIP_DEPUTY, false));
        UnitPosition head = position("head", PostLevel.TOWNSHIP_PRINCIPAL, true);
        head.setKeyPost(true);
        saved(service, head);

        assertThat(service.positions(bureau)).extracting(UnitPosition::getTitle).containsSubsequence("head", "deputy");
        assertThat(service.positions(bureau))
                .extracting(UnitPosition::getSortOrder)
                .doesNotHaveDuplicates();
    }

    @Test
    void aLevelAboveTheUnitsRankIsRefused() {
        PositionService service = officer();

        assertThatThrownBy(() -> service.save(position("head", PostLevel.COUNTY_PRINCIPAL, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey())
                        .containsExactly("position.error.level.rank"));
    }

    @Test
    void aSupervisorMayNotChangePositions() {
        PositionService service = as(Tenancy.reading(Set.of(new TenantId(WENJIANG))), CurrentUser.OFFICER);

        assertThatThrownBy(() -> service.save(position("head", PostLevel.TOWNSHIP_PRINCIPAL, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.positions(bureau)).allMatch(p -> p.getTenantId().equals(WENJIANG));
    }
}
