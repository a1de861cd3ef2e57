package cn.zugong.core.plugin.context;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.AssessmentResult;
import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.career.PostQuota;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.NamePinyin;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Profiles and post quotas as a plugin reads them (SDK {@code CadreCareers.profile}, {@code
 * profiles}, {@code quotas}, H2): the registry's codes, the higher of the two education levels, the
 * grades in year order, and nothing of another county.
 */
class RegistryProfilesTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final UUID TOWN = UUID.randomUUID();
    private static final UUID WOMAN = UUID.randomUUID();
    private static final UUID PIDU_CADRE = UUID.randomUUID();

    private static TestDatabase db;

    private EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        db = new TestDatabase(Cadre.class, OrgUnit.class, UnitPosition.class, PostHolding.class, Assessment.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type, unit_rank, principal_posts, deputy_posts)"
                        + " values (?, ?, '永宁镇', 'TOWNSHIP', 'TOWNSHIP_PRINCIPAL', 1, 3)",
                WENJIANG,
                TOWN);
        cadre(WENJIANG, WOMAN, "刘芳", "FEMALE", "DEMOCRATIC_PARTY", "COLLEGE", "UNIVERSITY");
        cadre(PIDU, PIDU_CADRE, "李四", "MALE", "CPC_MEMBER", "UNIVERSITY", null);
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level, principal,"
                        + " main_post, start_date) values (?, ?, ?, ?, '永宁镇', '副镇长', 'TOWNSHIP_DEPUTY', false, true,"
                        + " date '2020-01-01')",
                WENJIANG,
                UUID.randomUUID(),
                WOMAN,
                TOWN);
        grade(WENJIANG, WOMAN, 2025, "BASICALLY_COMPETENT");
        grade(WENJIANG, WOMAN, 2024, "EXCELLENT");
    }

    private static void cadre(
            String tenant, UUID id, String name, String gender, String status, String fullTime, String inService)
            throws Exception {
        NamePinyin.Keys keys = NamePinyin.of(name);
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, name_sort, gender, birth_date,"
                        + " ethnicity, political_status, management_authority, status, status_since, ft_level,"
                        + " is_level) values (?, ?, ?, ?, ?, ?, ?, date '1990-05-04', '汉族', ?, 'COUNTY', 'ACTIVE',"
                        + " date '2020-01-01', ?, ?)",
                tenant,
                id,
                name,
                keys.full(),
                keys.initials(),
                keys.sort(),
                gender,
                status,
                fullTime,
                inService);
    }

    private static void grade(String tenant, UUID cadre, int year, String grade) throws Exception {
        db.execute(
                "insert into assessment (tenant_id, id, cadre_id, assessment_year, grade) values (?, ?, ?, ?, ?)",
                tenant,
                UUID.randomUUID(),
                cadre,
                year,
                grade);
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
        CurrentUserHolder.clear();
    }

    private RegistryProfiles profilesOf(String county) {
        TenancyHolder.set(Tenancy.writing(new TenantId(county)));
        CurrentUserHolder.set(new CurrentUser("officer", "Officer", Set.of(CurrentUser.OFFICER), Set.of()));
        em = db.entityManager();
        RegistryProfiles profiles = new RegistryProfiles();
        profiles.em = em;
        profiles.quotas = TestDatabase.wire(new QuotaService(), "em", em);
        return profiles;
    }

    @Test
    void theFilesFactsAsTheRegistryCodesThemWithTheHigherEducationAndTheGradesInYearOrder() {
        CadreProfile profile = profilesOf(WENJIANG).profile(WOMAN).orElseThrow();

        assertThat(profile.woman()).isTrue();
        assertThat(profile.partyMember()).isFalse();
        assertThat(profile.politicalStatus()).contains("DEMOCRATIC_PARTY");
        assertThat(profile.ethnicity()).contains("汉族");
        assertThat(profile.fullTimeEducation()).contains("COLLEGE");
        assertThat(profile.highestEducation()).contains("UNIVERSITY");
        assertThat(profile.birthDate()).contains(LocalDate.of(1990, 5, 4));
        assertThat(profile.assessments())
                .containsExactly(
                        new AssessmentResult(2024, "EXCELLENT"), new AssessmentResult(2025, "BASICALLY_COMPETENT"));
        assertThat(profile.gradeOf(2025)).contains("BASICALLY_COMPETENT");
        assertThat(profile.gradeOf(2023)).isEmpty();
    }

    @Test
    void theUnitsApprovedPostsAgainstThoseHeldPerLevel() {
        List<PostQuota> quotas = profilesOf(WENJIANG).quotas();

        assertThat(quotas)
                .containsExactly(
                        new PostQuota(new TenantId(WENJIANG), TOWN, "永宁镇", "TOWNSHIP_PRINCIPAL", true, 1, 0),
                        new PostQuota(new TenantId(WENJIANG), TOWN, "永宁镇", "TOWNSHIP_DEPUTY", false, 3, 1));
    }

    @Test
    void anotherCountyReadsNeitherTheProfilesNorTheQuotas() {
        RegistryProfiles pidu = profilesOf(PIDU);

        assertThat(pidu.profile(WOMAN)).isEmpty();
        assertThat(pidu.profiles(List.of(WOMAN, PIDU_CADRE))).containsOnlyKeys(PIDU_CADRE);
        assertThat(pidu.quotas()).isEmpty();
    }
}
