package cn.zugong.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitService;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Searching units and cadres (H2, the portal's schema): %, _ and \ are searched for, not wildcards. */
class LikeSearchTest {

    private static final String WENJIANG = "510115";
    private static TestDatabase db;

    private EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        db = new TestDatabase(OrgUnit.class, Cadre.class);
        db.tenant(WENJIANG);
        for (String name : new String[] {"中共成都市温江区委", "达标率100%工作组", "a_b联络组", "c\\d联络组"}) {
            db.execute(
                    "insert into org_unit (tenant_id, id, name, unit_type, principal_posts, deputy_posts)"
                            + " values (?, ?, ?, 'PARTY_COMMITTEE', 1, 1)",
                    WENJIANG,
                    UUID.randomUUID(),
                    name);
        }
        cadre("张三", "zhangsan");
        cadre("张%", "zhang%");
    }

    private static void cadre(String name, String pinyin) throws Exception {
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " political_status, management_authority, status, status_since) values (?, ?, ?, ?, 'z',"
                        + " 'MALE', date '1980-01-01', '汉族', 'CPC_MEMBER', 'COUNTY', 'IN_OFFICE', date '2020-01-01')",
                WENJIANG,
                UUID.randomUUID(),
                name,
                pinyin);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void signIn() {
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        CurrentUserHolder.set(new CurrentUser("officer", "Officer", Set.of(CurrentUser.OFFICER), Set.of()));
        em = db.entityManager();
    }

    @AfterEach
    void signOut() {
        em.close();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    @Test
    void aPercentSignFindsOnlyUnitsWhoseNameHasOne() {
        UnitService units = TestDatabase.wire(new UnitService(), "em", em);

        assertThat(units.count("%")).isEqualTo(1);
        assertThat(units.count("_")).isEqualTo(1);
        assertThat(units.count("\\")).isEqualTo(1);
        assertThat(units.count("温江")).isEqualTo(1);
        assertThat(units.count("")).isEqualTo(4);
    }

    @Test
    void wildcardsInACadreSearchAreTakenLiterally() {
        CadreService cadres = TestDatabase.wire(TestDatabase.wire(new CadreService(), "em", em), "reports", em);

        assertThat(cadres.count(CadreFilter.NONE.withSearch("%"))).isZero();
        assertThat(cadres.count(CadreFilter.NONE.withSearch("_"))).isZero();
        assertThat(cadres.count(CadreFilter.NONE.withSearch("zhang_"))).isZero();
        assertThat(cadres.count(CadreFilter.NONE.withSearch("张%"))).isEqualTo(1);
        assertThat(cadres.count(CadreFilter.NONE.withSearch("zhang"))).isEqualTo(2);
    }
}
