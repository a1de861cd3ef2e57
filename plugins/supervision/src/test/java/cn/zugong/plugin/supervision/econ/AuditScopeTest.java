package cn.zugong.plugin.supervision.econ;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.SupervisionRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who is audited and which audit a case needs: DOMAIN §4.6 [V] (2019 规定 第三条) and §4.3 (凡提四必). */
class AuditScopeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 22);
    private static final UUID BUREAU = UUID.randomUUID();
    private static final UUID OFFICE = UUID.randomUUID();
    private static final Map<UUID, String> TYPES = Map.of(BUREAU, "WORKING_DEPARTMENT", OFFICE, "INTERNAL_ORGAN");
    private static final AuditScope NATIONAL = AuditScope.parse(Map.of(), SupervisionRules.defaults());

    static Holding holding(UUID unit, String title, String level, boolean principal, LocalDate start) {
        return new Holding(
                UUID.randomUUID(),
                Optional.empty(),
                Optional.of(unit),
                "财政局",
                title,
                Optional.of(level),
                principal,
                false,
                true,
                start,
                Optional.empty(),
                Optional.empty());
    }

    static CadreCareer career(Holding... holdings) {
        return new CadreCareer(UUID.randomUUID(), new TenantId("510115"), "王强", Optional.empty(), List.of(holdings));
    }

    @Test
    void thePrincipalOfAWorkingDepartmentIsAuditedItsDeputyAndAnInternalOrgansHeadAreNot() {
        LocalDate start = DAY.minusYears(3);
        assertThat(NATIONAL.auditedPosts(career(holding(BUREAU, "局长", "TOWNSHIP_PRINCIPAL", true, start)), TYPES, DAY))
                .extracting(AuditScope::postName)
                .containsExactly("财政局 局长");
        assertThat(NATIONAL.auditedPosts(career(holding(BUREAU, "副局长", "TOWNSHIP_DEPUTY", false, start)), TYPES, DAY))
                .isEmpty();
        assertThat(NATIONAL.auditedPosts(career(holding(OFFICE, "科长", "TOWNSHIP_DEPUTY", true, start)), TYPES, DAY))
                .isEmpty();
    }

    @Test
    void aPostNotYetHeldOnTheDayDoesNotCount() {
        CadreCareer future = career(holding(BUREAU, "局长", "TOWNSHIP_PRINCIPAL", true, DAY.plusDays(1)));
        assertThat(NATIONAL.auditedPosts(future, TYPES, DAY)).isEmpty();
    }

    @Test
    void aCountyMayWidenTheUnitTypesInItsRules() {
        AuditScope wider = AuditScope.parse(
                Map.of(AuditScope.KEY, "WORKING_DEPARTMENT, INTERNAL_ORGAN"), SupervisionRules.defaults());
        assertThat(wider.auditedPosts(career(holding(OFFICE, "科长", "TOWNSHIP_DEPUTY", true, DAY)), TYPES, DAY))
                .hasSize(1);
        assertThat(SupervisionRules.defaults().get(AuditScope.KEY))
                .contains("PARTY_COMMITTEE", "GOVERNMENT", "COURT", "PROCURATORATE", "WORKING_DEPARTMENT");
    }

    @Test
    void aPromotionNeedsTheAuditBeforeItAndAnyOtherMoveOutOfThePostTheAuditOnLeaving() {
        assertThat(AuditKind.neededBy(SelectionKind.APPOINT, true)).isEqualTo(AuditKind.PRE_APPOINTMENT);
        assertThat(AuditKind.neededBy(SelectionKind.APPOINT, false)).isEqualTo(AuditKind.LEAVING);
        assertThat(AuditKind.neededBy(SelectionKind.REMOVE, false)).isEqualTo(AuditKind.LEAVING);
        assertThat(AuditKind.neededBy(SelectionKind.RETIRE, false)).isEqualTo(AuditKind.LEAVING);
    }

    @Test
    void aPromotionIsALevelAboveTheMainPostHeld() {
        CadreCareer chief = career(holding(BUREAU, "局长", "TOWNSHIP_PRINCIPAL", true, DAY.minusYears(2)));
        assertThat(AuditScope.promotion(chief, Optional.of("COUNTY_DEPUTY"), DAY))
                .isTrue();
        assertThat(AuditScope.promotion(chief, Optional.of("TOWNSHIP_PRINCIPAL"), DAY))
                .isFalse();
        assertThat(AuditScope.promotion(chief, Optional.empty(), DAY)).isFalse();
    }
}
