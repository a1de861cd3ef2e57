package cn.zugong.core.cadre.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.admin.TenantPurgeAccess;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFigures;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CadreStatusChange;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.FigureDimension;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.ScratchPostgres;
import cn.zugong.core.testdb.WalledSessions;
import cn.zugong.core.transfer.infrastructure.CountySide;
import cn.zugong.core.transfer.infrastructure.FileRows;
import cn.zugong.core.transfer.infrastructure.WallPhase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The dashboard's figures from the tally the trigger keeps (migration V37) on PostgreSQL, as the
 * application role under the tenant wall: after every kind of write (create, an edit of each
 * dimension, a status change, an import's batched inserts, a transfer between two counties, a
 * purge) every figure equals the count of the list it opens and the figures counted from the cadres
 * directly; a city's scope sums its counties; a county cannot read or write another county's tally.
 * Birth dates sit on and beside every band boundary, so the split months are counted by day.
 */
class CadreTallyPostgresTest {

    private static final String CITY = "510100";
    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final String XINDU = "510114";
    private static final List<String> COUNTIES = List.of(WENJIANG, PIDU, XINDU);

    private static ScratchPostgres postgres;
    private static WalledSessions sessions;

    @BeforeAll
    static void seed() throws SQLException {
        postgres = ScratchPostgres.migrated("summary");
        postgres.tenant("510000", null, "/510000/");
        postgres.tenant(CITY, "510000", "/510000/510100/");
        for (String county : COUNTIES) {
            postgres.tenant(county, CITY, "/510000/510100/" + county + "/");
        }
        PGSimpleDataSource app = (PGSimpleDataSource) postgres.app();
        // As the imports write: JDBC batches sent as multi-row inserts, one statement per batch.
        app.setReWriteBatchedInserts(true);
        sessions = new WalledSessions(app, Cadre.class, CadreStatusChange.class, PostHolding.class, OrgUnit.class);
        Random random = new Random(22);
        for (String county : COUNTIES) {
            asOfficer(
                    county,
                    () -> sessions.inTransaction(em -> {
                        for (int i = 0; i < 120; i++) {
                            em.persist(cadre(random, i));
                        }
                        return null;
                    }));
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        if (sessions != null) {
            sessions.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void clear() {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    /** A cadre with drawn attributes; every tenth is born on or a day beside a band boundary. */
    private static Cadre cadre(Random random, int i) {
        LocalDate today = LocalDate.now();
        Cadre cadre = new Cadre();
        cadre.setName("干部" + i);
        cadre.setPinyin(cn.zugong.core.cadre.domain.NamePinyin.of("干部" + i));
        cadre.setGender(Gender.values()[random.nextInt(2)]);
        int[] boundaries = {35, 40, 45, 50, 55};
        cadre.setBirthDate(
                i % 10 == 0
                        ? today.minusYears(boundaries[random.nextInt(5)]).plusDays(random.nextInt(3) - 1)
                        : today.minusYears(23).minusDays(random.nextInt(365 * 38)));
        cadre.setEthnicity(List.of("汉族", "藏族", "彝族", "回族").get(random.nextInt(4)));
        cadre.setPoliticalStatus(PoliticalStatus.values()[random.nextInt(PoliticalStatus.values().length)]);
        cadre.setPartyJoined("200107");
        cadre.setWorkStarted("200207");
        cadre.setManagementAuthority(ManagementAuthority.values()[random.nextInt(ManagementAuthority.values().length)]);
        cadre.setStatus(random.nextInt(8) == 0 ? CadreStatus.RETIRED : CadreStatus.ACTIVE);
        cadre.setStatusSince(LocalDate.of(2020, 1, 1));
        cadre.setPostLevel(
                random.nextInt(6) == 0 ? null : PostLevel.values()[random.nextInt(PostLevel.values().length)]);
        cadre.education().setFullTimeLevel(random.nextInt(5) == 0 ? null : level(random));
        cadre.education().setInServiceLevel(random.nextInt(2) == 0 ? null : level(random));
        cadre.setHealth(cn.zugong.core.cadre.domain.Health.values()[0]);
        return cadre;
    }

    private static EducationLevel level(Random random) {
        return EducationLevel.values()[random.nextInt(EducationLevel.values().length)];
    }

    private static <T> T asOfficer(String county, java.util.function.Supplier<T> work) {
        CurrentUserHolder.set(new CurrentUser("officer", "officer", Set.of(CurrentUser.OFFICER), Set.of()));
        try {
            return TenancyHolder.callAs(Tenancy.writing(new TenantId(county)), work);
        } finally {
            CurrentUserHolder.clear();
        }
    }

    private static Tenancy city() {
        Set<TenantId> counties = new HashSet<>();
        COUNTIES.forEach(c -> counties.add(new TenantId(c)));
        return Tenancy.reading(counties);
    }

    private static CadreService cadres(EntityManager em) {
        AuditTrail trail = new AuditTrail();
        cn.zugong.core.testdb.TestDatabase.wire(trail, "em", em);
        CadreAudit audit = new CadreAudit();
        cn.zugong.core.testdb.TestDatabase.wire(audit, "trail", trail);
        CadreService service = new CadreService();
        service.em = em;
        service.reports = em;
        service.audit = audit;
        return service;
    }

    private static CadreFiguresService figures(EntityManager em) {
        CadreFiguresService service = new CadreFiguresService();
        service.em = em;
        return service;
    }

    /**
     * As {@code tenancy}: the tally's figures equal those counted from the cadres, and each figure
     * (per county and summed over the scope) equals the count of its list; the list's count
     * without a filter equals the rows of the unfiltered list's statement.
     */
    private static CadreFigures everyFigureEqualsItsList(Tenancy tenancy) {
        return TenancyHolder.callAs(
                tenancy,
                () -> sessions.inTransaction(em -> {
                    CadreFiguresService service = figures(em);
                    CadreFigures tallied = service.figures();
                    CadreFigures counted = service.counted();
                    assertThat(new HashSet<>(tallied.figures()))
                            .as("figures from the tally against those counted from the cadres")
                            .isEqualTo(new HashSet<>(counted.figures()));
                    CadreService list = cadres(em);
                    for (String county : tallied.counties()) {
                        assertThat((long) list.count(
                                        FigureDimension.activeCadres().withCounty(county)))
                                .isEqualTo(tallied.total(county));
                    }
                    for (FigureDimension dimension : FigureDimension.values()) {
                        for (String category : tallied.categories(dimension)) {
                            assertThat((long) list.count(dimension.filter(category)))
                                    .as("%s %s", dimension, category)
                                    .isEqualTo(tallied.sum(dimension, category));
                            for (String county : tallied.counties()) {
                                assertThat((long) list.count(
                                                dimension.filter(category).withCounty(county)))
                                        .as("%s %s in %s", dimension, category, county)
                                        .isEqualTo(tallied.count(county, dimension, category));
                            }
                        }
                    }
                    long all = em.createQuery("select count(c) from Cadre c where c.tenantId in :readable", Long.class)
                            .setParameter("readable", tallied.counties())
                            .getSingleResult();
                    assertThat((long) list.count(CadreFilter.NONE)).isEqualTo(all);
                    return tallied;
                }));
    }

    private static void everyScopeAgrees() {
        everyFigureEqualsItsList(city());
        for (String county : COUNTIES) {
            everyFigureEqualsItsList(Tenancy.writing(new TenantId(county)));
        }
    }

    /** The first active cadre of a county, read in a transaction of its own. */
    private static UUID anActiveCadre(String county) {
        return asOfficer(
                county,
                () -> sessions.inTransaction(em -> em.createQuery(
                                "select c.id from Cadre c where c.status = :active order by c.nameSort, c.id",
                                UUID.class)
                        .setParameter("active", CadreStatus.ACTIVE)
                        .setMaxResults(1)
                        .getSingleResult()));
    }

    /** Changes one cadre through CadreService.save, the officer's edit. */
    private static void edit(String county, UUID id, java.util.function.Consumer<Cadre> change) {
        asOfficer(
                county,
                () -> sessions.inTransaction(em -> {
                    Cadre cadre = em.find(Cadre.class, id);
                    em.detach(cadre);
                    change.accept(cadre);
                    return cadres(em).save(cadre);
                }));
    }

    @Test
    void aCitysFiguresSumItsCountiesAndEqualTheirLists() {
        CadreFigures city = everyFigureEqualsItsList(city());
        long sum = 0;
        for (String county : COUNTIES) {
            CadreFigures own = everyFigureEqualsItsList(Tenancy.writing(new TenantId(county)));
            assertThat(own.counties()).containsExactly(county);
            assertThat(own.total(county)).isEqualTo(city.total(county)).isPositive();
            for (FigureDimension dimension : FigureDimension.values()) {
                for (String category : city.categories(dimension)) {
                    assertThat(own.count(county, dimension, category))
                            .isEqualTo(city.count(county, dimension, category));
                }
            }
            sum += own.total(county);
        }
        assertThat(city.sum(null, null)).isEqualTo(sum);
    }

    @Test
    void everyEditAndStatusChangeKeepsTheFiguresEqualToTheLists() {
        UUID id = anActiveCadre(PIDU);
        LocalDate today = LocalDate.now();
        edit(PIDU, id, c -> c.setPostLevel(PostLevel.BUREAU_DEPUTY));
        everyScopeAgrees();
        edit(PIDU, id, c -> c.setPostLevel(null));
        everyScopeAgrees();
        edit(PIDU, id, c -> c.setGender(c.getGender() == Gender.MALE ? Gender.FEMALE : Gender.MALE));
        everyScopeAgrees();
        // Across a band boundary, onto its very day, then a day beside it.
        edit(PIDU, id, c -> c.setBirthDate(today.minusYears(45)));
        everyScopeAgrees();
        edit(PIDU, id, c -> c.setBirthDate(today.minusYears(45).plusDays(1)));
        everyScopeAgrees();
        edit(PIDU, id, c -> c.education().setFullTimeLevel(EducationLevel.POSTGRADUATE));
        everyScopeAgrees();
        edit(PIDU, id, c -> {
            c.education().setFullTimeLevel(null);
            c.education().setInServiceLevel(EducationLevel.COLLEGE);
        });
        everyScopeAgrees();
        edit(PIDU, id, c -> c.setPoliticalStatus(PoliticalStatus.DEMOCRATIC_PARTY));
        everyScopeAgrees();
        edit(PIDU, id, c -> c.setManagementAuthority(ManagementAuthority.PROVINCE));
        everyScopeAgrees();
        edit(PIDU, id, c -> c.setEthnicity("满族"));
        CadreFigures after = everyFigureEqualsItsList(city());
        assertThat(after.count(PIDU, FigureDimension.ETHNICITY, "满族")).isEqualTo(1);
        everyScopeAgrees();
        // An edit that changes no counted column leaves the tally as it was.
        edit(PIDU, id, c -> c.setNativePlace("四川成都"));
        everyScopeAgrees();

        long before = after.total(PIDU);
        asOfficer(
                PIDU,
                () -> sessions.inTransaction(em -> {
                    CadreStatusService status = new CadreStatusService();
                    status.em = em;
                    status.audit = cadres(em).audit;
                    return status.changeStatus(id, CadreStatus.RETIRED, today, null);
                }));
        assertThat(everyFigureEqualsItsList(city()).total(PIDU)).isEqualTo(before - 1);
        everyScopeAgrees();
    }

    @Test
    void aNewCadreAndAnImportsBatchesAreCounted() {
        long before = everyFigureEqualsItsList(city()).total(XINDU);
        Cadre created = cadre(new Random(7), 1);
        created.setStatus(CadreStatus.ACTIVE);
        asOfficer(XINDU, () -> sessions.inTransaction(em -> cadres(em).save(created)));
        assertThat(everyFigureEqualsItsList(city()).total(XINDU)).isEqualTo(before + 1);

        Random random = new Random(8);
        int[] active = {0};
        asOfficer(
                XINDU,
                () -> sessions.inTransaction(em -> {
                    for (int i = 0; i < 130; i++) {
                        Cadre cadre = cadre(random, 200 + i);
                        active[0] += cadre.getStatus() == CadreStatus.ACTIVE ? 1 : 0;
                        em.persist(cadre);
                    }
                    return null;
                }));
        assertThat(everyFigureEqualsItsList(city()).total(XINDU)).isEqualTo(before + 1 + active[0]);
        everyScopeAgrees();
    }

    @Test
    void aTransferMovesTheCountFromOneCountyToTheOtherInOneTransaction() {
        UUID id = anActiveCadre(WENJIANG);
        CadreFigures before = everyFigureEqualsItsList(city());
        // As CadreMove writes it, with its own pieces: bound to the sending county the file is read
        // and the record marked transferred out, bound to the receiving county the file is written
        // under a new id, in one transaction.
        asOfficer(
                WENJIANG,
                () -> sessions.inTransaction(em -> {
                    FileRows file = WallPhase.jdbc(em, connection -> {
                        FileRows read = FileRows.read(connection, WENJIANG, id);
                        CountySide.markTransferredOut(connection, WENJIANG, id, LocalDate.now(), "test");
                        return read;
                    });
                    Map<String, Object> changes = new HashMap<>();
                    changes.put("unit_id", null);
                    changes.put("current_post", null);
                    return WallPhase.run(
                            em,
                            Tenancy.writing(new TenantId(PIDU)),
                            () -> WallPhase.jdbc(
                                    em,
                                    connection -> file.write(connection, PIDU, UUID.randomUUID(), changes, Map.of())));
                }));
        CadreFigures after = everyFigureEqualsItsList(city());
        assertThat(after.total(WENJIANG)).isEqualTo(before.total(WENJIANG) - 1);
        assertThat(after.total(PIDU)).isEqualTo(before.total(PIDU) + 1);
        assertThat(after.sum(null, null)).isEqualTo(before.sum(null, null));
        everyScopeAgrees();
    }

    @Test
    void aCountyReadsAndWritesNoOtherCountysTally() throws SQLException {
        TenancyHolder.runAs(
                Tenancy.writing(new TenantId(PIDU)),
                () -> sessions.inTransaction(em -> {
                    List<Object> counties = em.createNativeQuery("select distinct tenant_id from cadre_tally")
                            .getResultList();
                    assertThat(counties).containsExactly(PIDU);
                    return null;
                }));
        // The application role reads the tally but never writes it: only the trigger does.
        TenancyHolder.runAs(Tenancy.writing(new TenantId(PIDU)), () -> assertThatThrownBy(
                        () -> sessions.inTransaction(em -> em.createNativeQuery(
                                        "update cadre_tally set cadres = cadres + 1" + " where tenant_id = '510117'")
                                .executeUpdate()))
                .hasStackTraceContaining("permission denied"));
        try (Connection owner = postgres.owner().getConnection();
                ResultSet rows = owner.createStatement().executeQuery("select count(*) from cadre_tally")) {
            rows.next();
            assertThat(rows.getLong(1))
                    .as("the owner too sees no row without a tenancy")
                    .isZero();
        }
    }

    @Test
    void aPurgedCountyLeavesNoTallyAndTheOthersStay() throws SQLException {
        String county = "510199";
        postgres.tenant(county, CITY, "/510000/510100/" + county + "/");
        Random random = new Random(10);
        asOfficer(
                county,
                () -> sessions.inTransaction(em -> {
                    for (int i = 0; i < 40; i++) {
                        em.persist(cadre(random, i));
                    }
                    return null;
                }));
        Set<TenantId> scope =
                new HashSet<>(city().readableCodes().stream().map(TenantId::new).toList());
        scope.add(new TenantId(county));
        assertThat(everyFigureEqualsItsList(Tenancy.reading(scope)).total(county))
                .isPositive();
        asOfficer(county, () -> sessions.inTransaction(em -> TenantPurgeAccess.delete(em, county)));
        CadreFigures after = everyFigureEqualsItsList(Tenancy.reading(scope));
        assertThat(after.total(county)).isZero();
        TenancyHolder.runAs(
                Tenancy.writing(new TenantId(county)),
                () -> sessions.inTransaction(em -> {
                    assertThat(em.createNativeQuery("select * from cadre_tally").getResultList())
                            .isEmpty();
                    return null;
                }));
        everyScopeAgrees();
    }
}
