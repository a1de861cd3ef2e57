package cn.zugong.core.cadre.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFigures;
import cn.zugong.core.cadre.domain.FigureDimension;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures against a hand-counted fixture: Wenjiang has three active cadres and a
 * retired one, Pidu two active ones, Xindu (outside the supervisor's scope here) one.
 */
class CadreFiguresServiceTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final String XINDU = "510114";

    private static TestDatabase db;

    private EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        db = new TestDatabase(Cadre.class, OrgUnit.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        db.tenant(XINDU);
        LocalDate today = LocalDate.now();
        // Ages: 30 and 36 in Wenjiang, 56 (woman), the retired 61; Pidu 36 (woman) and 50.
        cadre(
                WENJIANG,
                "甲",
                "MALE",
                today.minusYears(30),
                "汉族",
                "CPC_MEMBER",
                "COUNTY",
                "ACTIVE",
                "POSTGRADUATE",
                "TOWNSHIP_PRINCIPAL");
        cadre(
                WENJIANG,
                "乙",
                "MALE",
                today.minusYears(36),
                "藏族",
                "MASSES",
                "COUNTY",
                "ACTIVE",
                "COLLEGE",
                "TOWNSHIP_DEPUTY");
        cadre(
                WENJIANG,
                "丙",
                "FEMALE",
                today.minusYears(56),
                "汉族",
                "CPC_MEMBER",
                "CITY",
                "ACTIVE",
                "UNIVERSITY",
                "COUNTY_DEPUTY");
        cadre(
                WENJIANG,
                "丁",
                "MALE",
                today.minusYears(61),
                "汉族",
                "CPC_MEMBER",
                "COUNTY",
                "RETIRED",
                "UNIVERSITY",
                "COUNTY_DEPUTY");
        cadre(
                PIDU,
                "戊",
                "FEMALE",
                today.minusYears(36),
                "汉族",
                "CPC_MEMBER",
                "COUNTY",
                "ACTIVE",
                "UNIVERSITY",
                "TOWNSHIP_DEPUTY");
        cadre(
                PIDU,
                "己",
                "MALE",
                today.minusYears(50),
                "彝族",
                "DEMOCRATIC_PARTY",
                "COUNTY",
                "ACTIVE",
                "HIGH_SCHOOL",
                "TOWNSHIP_PRINCIPAL");
        cadre(
                XINDU,
                "庚",
                "MALE",
                today.minusYears(40),
                "汉族",
                "CPC_MEMBER",
                "COUNTY",
                "ACTIVE",
                "UNIVERSITY",
                "TOWNSHIP_DEPUTY");
    }

    private static void cadre(
            String tenant,
            String name,
            String gender,
            LocalDate born,
            String ethnicity,
            String party,
            String authority,
            String status,
            String education,
            String level)
            throws Exception {
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, name_sort, gender, birth_date,"
                        + " ethnicity, political_status, management_authority, status, status_since, work_started,"
                        + " ft_level, post_level, health) values (?, ?, ?, 'x', 'x', 'x', ?, ?, ?, ?, ?, ?,"
                        + " date '2020-01-01', '200207', ?, ?, 'HEALTHY')",
                tenant,
                UUID.randomUUID(),
                name,
                gender,
                born,
                ethnicity,
                party,
                authority,
                status,
                education,
                level);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @AfterEach
    void clear() {
        em.close();
        TenancyHolder.clear();
    }

    private CadreFigures figuresAs(Tenancy tenancy) {
        TenancyHolder.set(tenancy);
        em = db.entityManager();
        CadreFiguresService service = new CadreFiguresService();
        service.em = em;
        return service.figures();
    }

    private static Tenancy supervisor() {
        return Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU)));
    }

    @Test
    void theSupervisorSeesEachCountyOfTheScopeCountedByHand() {
        CadreFigures figures = figuresAs(supervisor());

        assertThat(figures.counties()).containsExactly(WENJIANG, PIDU);
        assertThat(figures.total(WENJIANG)).isEqualTo(3);
        assertThat(figures.total(PIDU)).isEqualTo(2);
        assertThat(figures.count(WENJIANG, FigureDimension.GENDER, "FEMALE")).isEqualTo(1);
        assertThat(figures.count(PIDU, FigureDimension.GENDER, "FEMALE")).isEqualTo(1);
        assertThat(figures.count(WENJIANG, FigureDimension.POST_LEVEL, "COUNTY_DEPUTY"))
                .isEqualTo(1);
        assertThat(figures.sum(FigureDimension.POST_LEVEL, "TOWNSHIP_DEPUTY")).isEqualTo(2);
        assertThat(figures.count(WENJIANG, FigureDimension.ETHNICITY, "藏族")).isEqualTo(1);
        assertThat(figures.categories(FigureDimension.ETHNICITY)).containsExactlyInAnyOrder("汉族", "藏族", "彝族");
        assertThat(figures.count(PIDU, FigureDimension.POLITICAL_STATUS, "DEMOCRATIC_PARTY"))
                .isEqualTo(1);
        assertThat(figures.count(WENJIANG, FigureDimension.MANAGEMENT_AUTHORITY, "CITY"))
                .isEqualTo(1);
        assertThat(figures.sum(FigureDimension.MANAGEMENT_AUTHORITY, "COUNTY")).isEqualTo(4);
    }

    @Test
    void agesAreBandedAndEducationCountsThoseWhoReachTheLevel() {
        CadreFigures figures = figuresAs(supervisor());

        assertThat(figures.count(WENJIANG, FigureDimension.AGE_BAND, "UNDER_35"))
                .isEqualTo(1);
        assertThat(figures.sum(FigureDimension.AGE_BAND, "FROM_35_TO_39")).isEqualTo(2);
        assertThat(figures.count(PIDU, FigureDimension.AGE_BAND, "FROM_50_TO_54"))
                .isEqualTo(1);
        // The retired 61-year-old is not counted; the 56-year-old is.
        assertThat(figures.count(WENJIANG, FigureDimension.AGE_BAND, "FROM_55")).isEqualTo(1);
        assertThat(figures.count(WENJIANG, FigureDimension.EDUCATION, "POSTGRADUATE"))
                .isEqualTo(1);
        assertThat(figures.count(WENJIANG, FigureDimension.EDUCATION, "UNIVERSITY"))
                .isEqualTo(2);
        assertThat(figures.count(WENJIANG, FigureDimension.EDUCATION, "COLLEGE"))
                .isEqualTo(3);
        assertThat(figures.count(PIDU, FigureDimension.EDUCATION, "COLLEGE")).isEqualTo(1);
    }

    @Test
    void thePyramidSplitsEachAgeBandByGender() {
        CadreFigures figures = figuresAs(supervisor());

        assertThat(figures.sum(FigureDimension.AGE_AND_GENDER, "FROM_35_TO_39.FEMALE"))
                .isEqualTo(1);
        assertThat(figures.sum(FigureDimension.AGE_AND_GENDER, "FROM_35_TO_39.MALE"))
                .isEqualTo(1);
        assertThat(figures.count(WENJIANG, FigureDimension.AGE_AND_GENDER, "FROM_55.FEMALE"))
                .isEqualTo(1);
        assertThat(figures.count(WENJIANG, FigureDimension.AGE_AND_GENDER, "FROM_55.MALE"))
                .isZero();
        assertThat(figures.categories(FigureDimension.AGE_AND_GENDER)).hasSize(5);
    }

    @Test
    void aCountyUserSeesOnlyTheirCounty() {
        CadreFigures figures = figuresAs(Tenancy.writing(new TenantId(PIDU)));

        assertThat(figures.counties()).containsExactly(PIDU);
        assertThat(figures.figures()).allMatch(f -> f.county().equals(PIDU));
        assertThat(figures.sum(null, null)).isEqualTo(2);
        assertThat(figures.categories(FigureDimension.ETHNICITY)).doesNotContain("藏族");
    }

    @Test
    void everyFigureEqualsTheCountOfTheListItOpens() {
        CadreFigures figures = figuresAs(supervisor());
        CadreService list = new CadreService();
        list.em = em;
        list.reports = em;

        for (String county : figures.counties()) {
            assertThat((long) list.count(FigureDimension.activeCadres().withCounty(county)))
                    .isEqualTo(figures.total(county));
        }
        for (FigureDimension dimension : FigureDimension.values()) {
            for (String category : figures.categories(dimension)) {
                assertThat((long) list.count(dimension.filter(category)))
                        .as("%s %s", dimension, category)
                        .isEqualTo(figures.sum(dimension, category));
                for (String county : figures.counties()) {
                    assertThat((long) list.count(dimension.filter(category).withCounty(county)))
                            .as("%s %s in %s", dimension, category, county)
                            .isEqualTo(figures.count(county, dimension, category));
                }
            }
        }
    }
}
