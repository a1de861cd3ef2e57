package cn.zugong.core.plugin.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreFilter;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.cadre.CadreSort;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.NamePinyin;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cadre directory's pages, as a plugin reads them (H2): the cadre list's filters, order and count. */
class RegistryCadresTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510124";
    private static final UUID TOWN = UUID.randomUUID();
    private static final UUID BUREAU = UUID.randomUUID();

    private static TestDatabase db;

    private EntityManager em;
    private RegistryCadres cadres;

    @BeforeAll
    static void seed() throws Exception {
        db = new TestDatabase(Cadre.class, OrgUnit.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type) values (?, ?, '柳城街道', 'TOWNSHIP')",
                WENJIANG,
                TOWN);
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type) values (?, ?, '区教育局', 'GOVERNMENT')",
                WENJIANG,
                BUREAU);
        cadre(WENJIANG, "张三", TOWN, "TOWNSHIP_PRINCIPAL", "ACTIVE", "1975-03-01");
        cadre(WENJIANG, "陈红", TOWN, "TOWNSHIP_DEPUTY", "ACTIVE", "1982-05-01");
        cadre(WENJIANG, "程志", BUREAU, "TOWNSHIP_PRINCIPAL", "ACTIVE", "1979-07-01");
        cadre(WENJIANG, "车辉", BUREAU, "TOWNSHIP_DEPUTY", "RETIRED", "1960-01-01");
        cadre(PIDU, "陈立", null, null, "ACTIVE", "1985-01-01");
    }

    private static void cadre(String tenant, String name, UUID unit, String level, String status, String born)
            throws Exception {
        NamePinyin.Keys keys = NamePinyin.of(name);
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, name_sort, gender, birth_date,"
                        + " ethnicity, political_status, management_authority, status, status_since, work_started,"
                        + " ft_level, health, unit_id, current_post, post_level) values (?, ?, ?, ?, ?, ?, 'MALE', ?,"
                        + " '汉族', 'CPC_MEMBER', 'COUNTY', ?, date '2020-01-01', '200207', 'UNIVERSITY', 'HEALTHY', ?,"
                        + " ?, ?)",
                tenant,
                UUID.randomUUID(),
                name,
                keys.full(),
                keys.initials(),
                keys.sort(),
                java.sql.Date.valueOf(born),
                status,
                unit,
                level == null ? null : "主任",
                level);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void wenjiang() {
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        em = db.entityManager();
        cadres = TestDatabase.wire(
                new RegistryCadres(),
                "list",
                TestDatabase.wire(TestDatabase.wire(new CadreService(), "em", em), "reports", em));
        cadres.em = em;
    }

    @AfterEach
    void clear() {
        em.close();
        TenancyHolder.clear();
    }

    private List<String> names(CadreFilter filter, CadreSort sort, boolean ascending, int offset, int limit) {
        return cadres.page(filter, sort, ascending, offset, limit).stream()
                .map(CadreRef::name)
                .toList();
    }

    @Test
    void pagesOfTheCountyInPinyinOrderWithTheirCount() {
        assertThat(names(CadreFilter.ALL, CadreSort.NAME, true, 0, 2)).containsExactly("车辉", "陈红");
        assertThat(names(CadreFilter.ALL, CadreSort.NAME, true, 2, 2)).containsExactly("程志", "张三");
        assertThat(cadres.count(CadreFilter.ALL)).isEqualTo(4);
        assertThat(names(CadreFilter.ALL, CadreSort.BIRTH_DATE, false, 0, 1)).containsExactly("陈红");
    }

    @Test
    void theListsFiltersByUnitLevelStatusAndPinyinSearch() {
        assertThat(names(CadreFilter.ACTIVE, CadreSort.NAME, true, 0, 50)).containsExactly("陈红", "程志", "张三");
        assertThat(names(CadreFilter.ALL.withUnit(BUREAU), CadreSort.NAME, true, 0, 50))
                .containsExactly("车辉", "程志");
        assertThat(names(CadreFilter.ACTIVE.withPostLevel("TOWNSHIP_PRINCIPAL"), CadreSort.NAME, true, 0, 50))
                .containsExactly("程志", "张三");
        assertThat(names(CadreFilter.ALL.withSearch("ch"), CadreSort.NAME, true, 0, 50))
                .containsExactly("车辉", "陈红", "程志");
        assertThat(cadres.count(CadreFilter.ACTIVE.withSearch("zs"))).isEqualTo(1);
        CadreRef zhang = cadres.page(CadreFilter.ALL.withSearch("张三"), CadreSort.NAME, true, 0, 1)
                .getFirst();
        assertThat(zhang.unitName()).contains("柳城街道");
        assertThat(zhang.postLevel()).contains("TOWNSHIP_PRINCIPAL");
        assertThat(zhang.active()).isTrue();
    }

    @Test
    void anotherCountysCadresAreNeverListedAndUnknownCodesAreRefused() {
        assertThat(names(CadreFilter.ALL.withSearch("chenli"), CadreSort.NAME, true, 0, 50))
                .isEmpty();
        assertThatThrownBy(() -> cadres.count(CadreFilter.ALL.withStatus("ON_LEAVE")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cadres.page(CadreFilter.ALL, CadreSort.NAME, true, 0, 501))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
