package cn.zugong.core.plugin.context;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.Relative;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.NamePinyin;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Careers as a plugin reads them (SDK {@code CadreCareers}, H2): holdings with the key-post flag of
 * their position, families only with an audit entry in the cadre's county, and nothing of another
 * county.
 */
class RegistryCareersTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final UUID BUREAU = UUID.randomUUID();
    private static final UUID KEY_POSITION = UUID.randomUUID();
    private static final UUID DIRECTOR = UUID.randomUUID();
    private static final UUID RETIRED = UUID.randomUUID();
    private static final UUID PIDU_CADRE = UUID.randomUUID();

    private static TestDatabase db;

    private EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        db = new TestDatabase(Cadre.class, OrgUnit.class, UnitPosition.class, PostHolding.class, FamilyMember.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type) values (?, ?, '区公安局', 'WORKING_DEPARTMENT')",
                WENJIANG,
                BUREAU);
        db.execute(
                "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, key_post, selection)"
                        + " values (?, ?, ?, '局长', 'TOWNSHIP_PRINCIPAL', true, true, 'APPOINTED')",
                WENJIANG,
                KEY_POSITION,
                BUREAU);
        cadre(WENJIANG, DIRECTOR, "张伟", "ACTIVE", "四川温江");
        cadre(WENJIANG, RETIRED, "王五", "RETIRED", null);
        cadre(PIDU, PIDU_CADRE, "李四", "ACTIVE", null);
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, position_id, unit_id, unit_name, title, post_level,"
                        + " principal, main_post, start_date, end_date) values (?, ?, ?, null, ?, '区公安局', '副局长',"
                        + " 'TOWNSHIP_DEPUTY', false, true, date '2012-01-01', date '2017-12-31')",
                WENJIANG,
                UUID.randomUUID(),
                DIRECTOR,
                BUREAU);
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, position_id, unit_id, unit_name, title, post_level,"
                        + " principal, main_post, start_date) values (?, ?, ?, ?, ?, '区公安局', '局长', 'TOWNSHIP_PRINCIPAL',"
                        + " true, true, date '2018-01-01')",
                WENJIANG,
                UUID.randomUUID(),
                DIRECTOR,
                KEY_POSITION,
                BUREAU);
        db.execute(
                "insert into family_member (tenant_id, id, cadre_id, sort_order, relation, kinship_class, name,"
                        + " work_unit_post) values (?, ?, ?, 1, '妻子', 'SPOUSE', '李娜', '区公安局科员')",
                WENJIANG,
                UUID.randomUUID(),
                DIRECTOR);
        db.execute(
                "insert into family_member (tenant_id, id, cadre_id, sort_order, relation, kinship_class, name)"
                        + " values (?, ?, ?, 1, '父亲', 'LINEAL', '李父')",
                PIDU,
                UUID.randomUUID(),
                PIDU_CADRE);
    }

    private static void cadre(String tenant, UUID id, String name, String status, String growthPlace) throws Exception {
        NamePinyin.Keys keys = NamePinyin.of(name);
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, name_sort, gender, birth_date,"
                        + " ethnicity, political_status, management_authority, status, status_since, growth_place)"
                        + " values (?, ?, ?, ?, ?, ?, 'MALE', ?, '汉族', 'CPC_MEMBER', 'COUNTY', ?, date '2020-01-01', ?)",
                tenant,
                id,
                name,
                keys.full(),
                keys.initials(),
                keys.sort(),
                Date.valueOf("1975-03-01"),
                status,
                growthPlace);
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

    private RegistryCareers careersOf(String county) {
        TenancyHolder.set(Tenancy.writing(new TenantId(county)));
        CurrentUserHolder.set(new CurrentUser("officer", "Officer", Set.of(CurrentUser.OFFICER), Set.of()));
        em = db.entityManager();
        RegistryCareers careers = new RegistryCareers();
        careers.em = em;
        careers.audit = TestDatabase.auditTrail(em);
        return careers;
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        T result = work.get();
        em.getTransaction().commit();
        return result;
    }

    @Test
    void theCountysCadresInOfficeWithTheirHoldingsInOrderAndTheKeyPostFlag() {
        RegistryCareers careers = careersOf(WENJIANG);

        List<CadreCareer> inOffice = careers.inOffice();

        assertThat(inOffice).extracting(CadreCareer::name).containsExactly("张伟");
        CadreCareer director = inOffice.getFirst();
        assertThat(director.growthPlace()).contains("四川温江");
        assertThat(director.holdings()).extracting(Holding::title).containsExactly("副局长", "局长");
        assertThat(director.holdings().get(1).keyPost()).isTrue();
        assertThat(director.holdings().get(0).keyPost()).isFalse();
        assertThat(director.current()).extracting(Holding::title).containsExactly("局长");
        assertThat(careers.units()).singleElement().satisfies(u -> assertThat(u.type())
                .isEqualTo("WORKING_DEPARTMENT"));
    }

    @Test
    void readingAFamilyIsAuditedInTheCadresCounty() throws Exception {
        RegistryCareers careers = careersOf(WENJIANG);
        long before = db.count("select count(*) from audit_event where action = 'cadre.family.read'");

        List<Relative> family = inTransaction(() -> careers.family("rotation", DIRECTOR));
        Map<UUID, List<Relative>> scan = inTransaction(() -> careers.families("rotation"));

        assertThat(family).singleElement().satisfies(r -> {
            assertThat(r.kinshipClass()).isEqualTo("SPOUSE");
            assertThat(r.workUnitPost()).contains("区公安局科员");
        });
        assertThat(scan).containsOnlyKeys(DIRECTOR);
        assertThat(db.count(
                        "select count(*) from audit_event where action = 'cadre.family.read' and tenant_id = ?"
                                + " and subject_id = ?",
                        WENJIANG,
                        DIRECTOR.toString()))
                .isEqualTo(before + 1);
        assertThat(db.count(
                        "select count(*) from audit_event where action = 'cadre.family.scan' and tenant_id = ?",
                        WENJIANG))
                .isEqualTo(1);
    }

    @Test
    void anotherCountyReadsNoneOfTheseCareersNorFamilies() throws Exception {
        RegistryCareers careers = careersOf(PIDU);

        assertThat(careers.of(DIRECTOR)).isEmpty();
        assertThat(careers.inOffice()).extracting(CadreCareer::name).containsExactly("李四");
        assertThat(inTransaction(() -> careers.family("rotation", DIRECTOR))).isEmpty();
        assertThat(inTransaction(() -> careers.families("rotation"))).containsOnlyKeys(PIDU_CADRE);
        assertThat(careers.units()).isEmpty();
        assertThat(db.count(
                        "select count(*) from audit_event where action = 'cadre.family.read' and tenant_id = ?", PIDU))
                .isZero();
    }
}
