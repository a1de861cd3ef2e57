package cn.zugong.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quota queries on the portal's schema (H2): who counts as occupying a post, filters, totals, scope. */
class QuotaServiceTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static TestRegistry registry;
    private static UUID bureau;
    private static UUID township;
    private static UUID committee;
    private static UUID pidu;

    private EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        registry = new TestRegistry();
        registry.tenant(WENJIANG);
        registry.tenant(PIDU);
        bureau = registry.unit(WENJIANG, "a-bureau", "WORKING_DEPARTMENT", PostLevel.TOWNSHIP_PRINCIPAL, 1, 3);
        township = registry.unit(WENJIANG, "b-township", "TOWNSHIP", null, 1, 2);
        committee = registry.unit(WENJIANG, "c-committee", "PARTY_COMMITTEE", PostLevel.COUNTY_PRINCIPAL, 1, 3);
        registry.unit(WENJIANG, "e-empty", "INTERNAL_ORGAN", PostLevel.TOWNSHIP_DEPUTY, 0, 1);
        pidu = registry.unit(PIDU, "d-pidu", "WORKING_DEPARTMENT", PostLevel.TOWNSHIP_PRINCIPAL, 1, 1);

        registry.holder(WENJIANG, bureau, PostLevel.TOWNSHIP_PRINCIPAL);
        UUID twice = registry.cadre(WENJIANG);
        registry.holding(WENJIANG, twice, bureau, PostLevel.TOWNSHIP_DEPUTY, true, null);
        registry.holding(WENJIANG, twice, bureau, PostLevel.TOWNSHIP_DEPUTY, true, null);
        for (int i = 0; i < 3; i++) {
            registry.holder(WENJIANG, bureau, PostLevel.TOWNSHIP_DEPUTY);
        }
        registry.holding(
                WENJIANG, registry.cadre(WENJIANG), bureau, PostLevel.TOWNSHIP_DEPUTY, true, LocalDate.of(2023, 1, 1));
        registry.holding(WENJIANG, registry.cadre(WENJIANG), bureau, PostLevel.TOWNSHIP_DEPUTY, false, null);
        registry.holding(WENJIANG, registry.cadre(WENJIANG), bureau, null, true, null);

        registry.holder(WENJIANG, township, PostLevel.TOWNSHIP_PRINCIPAL);

        registry.holder(WENJIANG, committee, PostLevel.COUNTY_PRINCIPAL);
        registry.holder(WENJIANG, committee, PostLevel.COUNTY_DEPUTY);

        registry.holder(PIDU, pidu, PostLevel.TOWNSHIP_PRINCIPAL);
        registry.holder(PIDU, pidu, PostLevel.TOWNSHIP_PRINCIPAL);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @AfterEach
    void clear() {
        if (em != null) {
            em.close();
        }
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private QuotaService as(Tenancy tenancy) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(CurrentUser.OFFICER), Set.of()));
        QuotaService service = new QuotaService();
        em = registry.entityManager();
        service.em = em;
        return service;
    }

    private QuotaService wenjiang() {
        return as(Tenancy.writing(new TenantId(WENJIANG)));
    }

    private QuotaService supervisor() {
        return as(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))));
    }

    private static QuotaQuery all(QuotaFilter filter) {
        return new QuotaQuery(filter, QuotaQuery.Sort.NAME, true, 0, 50);
    }

    @Test
    void onlyCurrentMainLeadershipPostsOfDistinctCadresOccupyTheQuota() {
        UnitQuota quota = wenjiang().ofUnit(bureau).orElseThrow();

        assertThat(quota.principalOccupied()).isEqualTo(1);
        assertThat(quota.deputyOccupied()).isEqualTo(4);
        assertThat(quota.overStaffed()).isTrue();
    }

    @Test
    void aUnitNobodyHoldsAPostInIsListedAsVacant() {
        assertThat(wenjiang().list(all(new QuotaFilter("empty", null, false))))
                .singleElement()
                .satisfies(q -> assertThat(q.vacancies()).isEqualTo(1));
    }

    @Test
    void aCountyOfficerSeesTheUnitsOfTheCountyWithTheirOccupancy() {
        List<UnitQuota> quotas = wenjiang().list(all(QuotaFilter.ALL));

        assertThat(quotas)
                .extracting(UnitQuota::unitName)
                .containsExactly("a-bureau", "b-township", "c-committee", "e-empty");
        assertThat(quotas.get(1)).satisfies(t -> {
            assertThat(t.rank()).isEqualTo(PostLevel.TOWNSHIP_PRINCIPAL);
            assertThat(t.deputyOccupied()).isZero();
            assertThat(t.vacancies()).isEqualTo(2);
        });
    }

    @Test
    void overStaffedOnlyListsAndCountsExactlyTheOverStaffedUnits() {
        QuotaService service = wenjiang();

        assertThat(service.list(all(QuotaFilter.OVER_STAFFED)))
                .extracting(UnitQuota::unitId)
                .containsExactly(bureau);
        assertThat(service.count(QuotaFilter.OVER_STAFFED)).isEqualTo(1);
        assertThat(service.overStaffedIds()).containsExactly(bureau);
        assertThat(service.count(QuotaFilter.ALL)).isEqualTo(4);
    }

    @Test
    void theTotalsSumTheUnitsAndKeepVacanciesAndExcessApart() {
        QuotaTotals totals = wenjiang().totals(QuotaFilter.ALL);

        assertThat(totals).isEqualTo(new QuotaTotals(4, 3, 3, 9, 5, 5, 1, 1));
    }

    @Test
    void theTypeAndNameFiltersNarrowTheList() {
        QuotaService service = wenjiang();

        assertThat(service.list(all(new QuotaFilter("", UnitType.TOWNSHIP, false))))
                .extracting(UnitQuota::unitId)
                .containsExactly(township);
        assertThat(service.count(new QuotaFilter("COMMITTEE", null, false))).isEqualTo(1);
    }

    @Test
    void sortingByOccupancyPutsTheFullestUnitFirst() {
        List<UnitQuota> quotas =
                wenjiang().list(new QuotaQuery(QuotaFilter.ALL, QuotaQuery.Sort.DEPUTY_OCCUPIED, false, 0, 2));

        assertThat(quotas).extracting(UnitQuota::unitId).containsExactly(bureau, committee);
    }

    @Test
    void aSupervisorReadsEveryCountyInScope() {
        QuotaService service = supervisor();

        assertThat(service.list(all(QuotaFilter.OVER_STAFFED)))
                .extracting(UnitQuota::unitId)
                .containsExactly(bureau, pidu);
        assertThat(service.list(all(QuotaFilter.ALL)))
                .extracting(UnitQuota::tenantId)
                .containsExactly(WENJIANG, WENJIANG, WENJIANG, PIDU, WENJIANG);
    }

    @Test
    void aUnitOfAnotherCountyHasNoQuotaForTheOfficer() {
        assertThat(wenjiang().ofUnit(pidu)).isEmpty();
    }
}
