package cn.zugong.core.cadre.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreHit;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search across counties on the portal's schema (H2): 李静 in Wenjiang and in Pidu, 刘军 in
 * Pidu, 李建 in Xindu (outside the supervisor's scope here).
 */
class CadreSearchServiceTest {

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
        cadre(WENJIANG, "李静", "lijing", "lj", "区财政局局长", "COUNTY_DEPUTY");
        cadre(PIDU, "李静", "lijing", "lj", "镇党委副书记", "TOWNSHIP_DEPUTY");
        cadre(PIDU, "刘军", "liujun", "lj", "区财政局副局长", "TOWNSHIP_PRINCIPAL");
        cadre(PIDU, "王芳", "wangfang", "wf", "街道办事处主任", "TOWNSHIP_PRINCIPAL");
        cadre(XINDU, "李建", "lijian", "lj", "区财政局局长", "COUNTY_DEPUTY");
    }

    private static void cadre(String tenant, String name, String pinyin, String initials, String post, String level)
            throws Exception {
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, name_sort, gender, birth_date,"
                        + " ethnicity, political_status, management_authority, status, status_since, work_started,"
                        + " ft_level, post_level, current_post, health) values (?, ?, ?, ?, ?, ?, 'FEMALE',"
                        + " date '1980-01-01', '汉族', 'CPC_MEMBER', 'COUNTY', 'ACTIVE', date '2020-01-01', '200207',"
                        + " 'UNIVERSITY', ?, ?, 'HEALTHY')",
                tenant,
                UUID.randomUUID(),
                name,
                pinyin,
                initials,
                pinyin,
                level,
                post);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @AfterEach
    void clear() {
        if (em != null) {
            em.close();
        }
        TenancyHolder.clear();
    }

    private CadreSearchService as(Tenancy tenancy) {
        TenancyHolder.set(tenancy);
        em = db.entityManager();
        CadreSearchService service = new CadreSearchService();
        service.em = em;
        return service;
    }

    private CadreSearchService supervisor() {
        return as(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))));
    }

    private static List<String> found(List<CadreHit> hits) {
        return hits.stream().map(h -> h.name() + "@" + h.tenantId()).toList();
    }

    @Test
    void aSupervisorFindsANameInEveryCountyOfTheScopeWithItsCounty() {
        List<CadreHit> hits = supervisor().search("李静", "", null);

        assertThat(found(hits)).containsExactlyInAnyOrder("李静@" + WENJIANG, "李静@" + PIDU);
        assertThat(hits).extracting(CadreHit::currentPost).contains("区财政局局长", "镇党委副书记");
    }

    @Test
    void initialsAndPinyinFindAsTheCadreListFinds() {
        assertThat(found(supervisor().search("lj", null, null)))
                .containsExactlyInAnyOrder("李静@" + WENJIANG, "李静@" + PIDU, "刘军@" + PIDU);
        assertThat(found(supervisor().search("liuj", null, null))).containsExactly("刘军@" + PIDU);
    }

    @Test
    void postWordsAndLevelNarrowTheSearch() {
        assertThat(found(supervisor().search("", "财政局", null)))
                .containsExactlyInAnyOrder("李静@" + WENJIANG, "刘军@" + PIDU);
        assertThat(found(supervisor().search("", "", PostLevel.TOWNSHIP_PRINCIPAL)))
                .containsExactlyInAnyOrder("刘军@" + PIDU, "王芳@" + PIDU);
        assertThat(found(supervisor().search("lj", "财政局", PostLevel.COUNTY_DEPUTY)))
                .containsExactly("李静@" + WENJIANG);
    }

    @Test
    void aCountyUserNeverFindsAnotherCountysCadres() {
        CadreSearchService officer = as(Tenancy.writing(new TenantId(WENJIANG)));

        assertThat(found(officer.search("lj", null, null))).containsExactly("李静@" + WENJIANG);
        assertThat(found(officer.search("", "财政局", null))).containsExactly("李静@" + WENJIANG);
    }

    @Test
    void aSupervisorFindsNothingOutsideTheScope() {
        assertThat(found(supervisor().search("李建", null, null))).isEmpty();
    }

    @Test
    void anEmptySearchListsNobodyAndAnOverlongOneIsRefused() {
        assertThat(supervisor().search(" ", "", null)).isEmpty();
        assertThatThrownBy(() -> supervisor().search("李".repeat(51), null, null))
                .isInstanceOf(ValidationException.class);
    }
}
