package cn.zugong.plugin.rotation.avoidance;

import static cn.zugong.plugin.rotation.testing.Careers.COUNTY;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION_PERSONNEL;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION_SCHOOLS;
import static cn.zugong.plugin.rotation.testing.Careers.FINANCE_BUREAU;
import static cn.zugong.plugin.rotation.testing.Careers.GOVERNMENT;
import static cn.zugong.plugin.rotation.testing.Careers.ORGANIZATION;
import static cn.zugong.plugin.rotation.testing.Careers.PARTY;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.organs;
import static cn.zugong.plugin.rotation.testing.Careers.relative;
import static cn.zugong.plugin.rotation.testing.Careers.rules;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AvoidanceScanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate SINCE = LocalDate.of(2020, 3, 1);

    private final AvoidanceScan scan = new AvoidanceScan(rules("regional.county.names", "温江"), organs(), Map.of());

    private List<Conflict> conflicts(CadreCareer a, CadreCareer b, Kinship kinship) {
        return scan.conflicts(
                List.of(a, b), List.of(new KinPair(a.cadreId(), b.cadreId(), kinship, true)), COUNTY, TODAY);
    }

    @Test
    void aSpouseOnOnesFileWhoHoldsAPostInTheNamedUnitIsFoundAsARelative_回避规定第三条() {
        CadreCareer director = career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, SINCE));
        CadreCareer clerk = career("李娜", held(EDUCATION_PERSONNEL, "科员", null, false, SINCE));
        CadreCareer namesake = career("李娜", held(FINANCE_BUREAU, "科员", null, false, SINCE));

        List<KinPair> pairs = KinMatcher.pairs(
                List.of(director, clerk, namesake),
                Map.of(director.cadreId(), List.of(relative("妻子", "SPOUSE", "李娜", "温江区教育局人事科科员"))),
                List.of(),
                organs(),
                TODAY);

        assertThat(pairs).containsExactly(new KinPair(director.cadreId(), clerk.cadreId(), Kinship.SPOUSE, false));
    }

    @Test
    void aSocialRelationIsNoKinshipButARelationTheRegistryDidNotClassIsMappedFromItsTitle() {
        assertThat(Kinship.of("SOCIAL", "同学")).isEmpty();
        assertThat(Kinship.of("SOCIAL", "岳父")).contains(Kinship.IN_LAW);
        assertThat(Kinship.of("COLLATERAL", "堂兄")).contains(Kinship.COLLATERAL);
    }

    @Test
    void theOrgansPrincipalAndARelativeInItsInternalOfficeAreSuperiorAndSubordinate_VE2_回避规定第三条() {
        CadreCareer director = career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, SINCE));
        CadreCareer clerk = career("李娜", held(EDUCATION_SCHOOLS, "科员", null, false, SINCE));

        assertThat(conflicts(director, clerk, Kinship.SPOUSE))
                .extracting(Conflict::kind)
                .containsExactly(ConflictKind.KINSHIP_SUPERIOR_SUBORDINATE);
    }

    @Test
    void twoDeputiesOfOneOrganHaveTheSameDirectLeader_VE2_回避规定第三条() {
        CadreCareer a = career("王一", held(EDUCATION, "副局长", "TOWNSHIP_DEPUTY", false, SINCE));
        CadreCareer b = career("王二", held(EDUCATION, "副局长", "TOWNSHIP_DEPUTY", false, SINCE));

        assertThat(conflicts(a, b, Kinship.COLLATERAL))
                .extracting(Conflict::kind)
                .containsExactly(ConflictKind.KINSHIP_SAME_LEADER);
    }

    @Test
    void aDeputyLeaderWithARelativeInThePersonnelOfficeIsASensitiveFunction_VE2_回避规定第三条() {
        CadreCareer deputy = career("王一", held(EDUCATION, "副局长", "TOWNSHIP_DEPUTY", false, SINCE));
        CadreCareer clerk = career("刘二", held(EDUCATION_PERSONNEL, "科员", null, false, SINCE));

        assertThat(conflicts(deputy, clerk, Kinship.IN_LAW))
                .extracting(Conflict::kind)
                .containsExactly(ConflictKind.KINSHIP_SENSITIVE_FUNCTION);
    }

    @Test
    void relativesInDifferentOrgansMakeNoConflict_VE2() {
        CadreCareer director = career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, SINCE));
        CadreCareer other = career("李娜", held(FINANCE_BUREAU, "科员", null, false, SINCE));

        assertThat(conflicts(director, other, Kinship.SPOUSE)).isEmpty();
    }

    @Test
    void aPrincipalOfTheCountyGovernmentWhoGrewUpInTheCountyIsBlocked_VE1_回避规定第五条() {
        CadreCareer head = career("区长", Optional.of("四川温江"), held(GOVERNMENT, "区长", "COUNTY_PRINCIPAL", true, SINCE));
        CadreCareer deputy = career("副区长", Optional.of("四川温江"), held(GOVERNMENT, "副区长", "COUNTY_DEPUTY", false, SINCE));
        CadreCareer minister =
                career("部长", Optional.of("四川温江"), held(ORGANIZATION, "部长", "COUNTY_DEPUTY", true, SINCE));
        CadreCareer outsider = career("书记", Optional.of("四川郫县"), held(PARTY, "书记", "COUNTY_PRINCIPAL", true, SINCE));
        AvoidanceScan confirmed = new AvoidanceScan(
                rules("regional.county.names", "温江"),
                organs(),
                Map.of(head.cadreId(), "四川温江", minister.cadreId(), "四川温江", outsider.cadreId(), "四川郫县"));

        List<Conflict> found = confirmed.conflicts(List.of(head, deputy, minister, outsider), List.of(), COUNTY, TODAY);

        assertThat(found).extracting(Conflict::cadre).containsExactlyInAnyOrder(head.cadreId(), minister.cadreId());
        assertThat(found).allMatch(c -> c.kind() == ConflictKind.REGIONAL && c.blocking());
    }

    @Test
    void aGrowthPlaceNotConfirmedAsItReadsNowOnlyWarns_VE1_DOMAIN_2_6() {
        CadreCareer head = career("区长", Optional.of("四川温江"), held(GOVERNMENT, "区长", "COUNTY_PRINCIPAL", true, SINCE));
        AvoidanceScan changedSince =
                new AvoidanceScan(rules("regional.county.names", "温江"), organs(), Map.of(head.cadreId(), "四川郫县"));

        assertThat(scan.conflicts(List.of(head), List.of(), COUNTY, TODAY))
                .singleElement()
                .satisfies(c -> assertThat(c.blocking()).isFalse());
        assertThat(changedSince.conflicts(List.of(head), List.of(), COUNTY, TODAY))
                .singleElement()
                .satisfies(c -> assertThat(c.blocking()).isFalse());
    }

    @Test
    void atCityLevelTheGrowthPlaceOnlyWarns_VE1_一般不得() {
        TenantId chengdu = new TenantId("510100");
        CadreCareer head = career("市长", Optional.of("四川成都"), held(GOVERNMENT, "市长", "BUREAU_PRINCIPAL", true, SINCE));
        AvoidanceScan cityScan =
                new AvoidanceScan(rules("regional.city.names", "成都"), organs(), Map.of(head.cadreId(), "四川成都"));

        List<Conflict> found = cityScan.conflicts(List.of(head), List.of(), chengdu, TODAY);

        assertThat(found).singleElement().satisfies(c -> assertThat(c.blocking())
                .isFalse());
    }

    @Test
    void aConflictIsTheSameWhicheverCadreComesFirst() {
        CadreCareer director = career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, SINCE));
        CadreCareer clerk = career("李娜", held(EDUCATION_SCHOOLS, "科员", null, false, SINCE));

        String one = conflicts(director, clerk, Kinship.SPOUSE).getFirst().key();
        String other = conflicts(clerk, director, Kinship.SPOUSE).getFirst().key();

        assertThat(one).isEqualTo(other);
    }
}
