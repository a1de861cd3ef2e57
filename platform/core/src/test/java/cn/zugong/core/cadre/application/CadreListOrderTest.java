package cn.zugong.core.cadre.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.CadreRow;
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
import org.junit.jupiter.api.Test;

/** The cadre list on the portal's schema (H2): sorted by pinyin syllables, searched by pinyin and initials. */
class CadreListOrderTest {

    private static final String WENJIANG = "510115";

    private static TestDatabase db;

    private EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        db = new TestDatabase(Cadre.class, OrgUnit.class);
        db.tenant(WENJIANG);
        for (String name : List.of("程红", "陈志", "成龙", "车辉", "陈红", "张三")) {
            NamePinyin.Keys keys = NamePinyin.of(name);
            db.execute(
                    "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, name_sort, gender, birth_date,"
                            + " ethnicity, political_status, management_authority, status, status_since, work_started,"
                            + " ft_level, health) values (?, ?, ?, ?, ?, ?, 'MALE', date '1980-01-01', '汉族',"
                            + " 'CPC_MEMBER', 'COUNTY', 'ACTIVE', date '2020-01-01', '200207', 'UNIVERSITY', 'HEALTHY')",
                    WENJIANG,
                    UUID.randomUUID(),
                    name,
                    keys.full(),
                    keys.initials(),
                    keys.sort());
        }
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

    private List<String> names(String search, boolean ascending) {
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        em = db.entityManager();
        CadreService service = new CadreService();
        service.em = em;
        service.reports = em;
        CadreFilter filter = CadreFilter.NONE.withSearch(search);
        return service.list(new CadreQuery(filter, CadreQuery.Sort.NAME, ascending, 0, 50)).stream()
                .map(CadreRow::name)
                .toList();
    }

    @Test
    void chenSortsBeforeChengAndEachSyllableInTurn() {
        assertThat(names("", true)).containsExactly("车辉", "陈红", "陈志", "程红", "成龙", "张三");
    }

    @Test
    void theDescendingOrderIsTheReverse() {
        assertThat(names("", false)).startsWith("张三", "成龙", "程红", "陈志");
    }

    @Test
    void fullPinyinAndInitialsStillFindTheName() {
        assertThat(names("zhangsan", true)).containsExactly("张三");
        assertThat(names("zs", true)).containsExactly("张三");
        assertThat(names("chenz", true)).containsExactly("陈志");
        assertThat(names("cheng", true)).containsExactly("程红", "成龙");
    }
}
