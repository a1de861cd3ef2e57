package cn.zugong.perf;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.demo.CadreGenerator;
import cn.zugong.core.demo.CountyRegistry;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

/**
 * Generates a whole synthetic province for the benchmarks: creates the database (argument 1,
 * default {@code zugong_perf}) when missing, runs the portal's migrations, writes the tenant tree
 * of {@link ProvinceTree} and, for each county in one transaction, 30 units of the demo shapes and
 * its cadres (argument 3, default 3,000) with holdings, family, assessments and rewards from
 * {@link CadreGenerator}, seeded by the county code. Rows go in through the owner role, under
 * row-level security all the same (the tables FORCE it; the county is bound as on the server), with
 * Hibernate stateless sessions and JDBC batches; the owner because it may ANALYZE (see
 * {@link #analyzeParents}). Restartable: a county that already has its cadres is skipped; a database holding
 * tenants outside the tree, or a county with another number of cadres, is refused.
 *
 * <p>Arguments: database, counties (default 180), cadres per county, threads (default 2).
 */
public final class ProvinceGenerator {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    static final int UNITS = 30;
    private static final int BATCH = Integer.getInteger("zugong.perf.batch", 1000);

    private ProvinceGenerator() {}

    public static void main(String[] args) throws Exception {
        PerfDatabase db = new PerfDatabase(args.length > 0 ? args[0] : PerfDatabase.DEFAULT_NAME);
        int countyCount = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        int cadres = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        ProvinceTree tree = ProvinceTree.of(countyCount);
        long start = System.nanoTime();
        if (!db.exists()) {
            db.create();
            System.out.println("created database " + db.name());
        }
        db.migrate();
        tenants(db.owner(), tree);
        AtomicLong rows = new AtomicLong();
        try (PerfDatabase.Sessions sessions = PerfDatabase.sessions(db.owner(), BATCH);
                ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> work = new ArrayList<>();
            for (ProvinceTree.Node county : tree.counties()) {
                work.add(pool.submit(() -> {
                    TenancyHolder.runAs(Tenancy.writing(new TenantId(county.code())), () -> {
                        long written = county(sessions, tree, county, cadres);
                        rows.addAndGet(written);
                        System.out.printf(
                                "%s %s: %s after %.0f s%n",
                                county.code(),
                                county.base(),
                                written == 0 ? "already there" : written + " rows",
                                seconds(start));
                    });
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        }
        long analyzeStart = System.nanoTime();
        try (Connection owner = db.owner().getConnection();
                Statement sql = owner.createStatement()) {
            sql.execute("analyze");
        }
        System.out.printf("analyze %.1f s%n", seconds(analyzeStart));
        System.out.printf("wrote %,d rows in %.1f s%n", rows.get(), seconds(start));
        report(db, tree);
    }

    /** The tenant tree; the tenant table has no wall (tenants are public knowledge in the portal). */
    private static void tenants(DataSource owner, ProvinceTree tree) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            Set<String> existing = new HashSet<>();
            try (ResultSet row = connection.createStatement().executeQuery("select code from tenant")) {
                while (row.next()) {
                    existing.add(row.getString(1));
                }
            }
            Set<String> planned = new HashSet<>(
                    tree.all().stream().map(ProvinceTree.Node::code).toList());
            if (!planned.containsAll(existing)) {
                existing.removeAll(planned);
                throw new IllegalStateException("Not a benchmark database: it has other tenants " + existing);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into tenant (code, parent_code, path, name_zh, name_en) values (?, ?, ?, ?, ?)")) {
                for (ProvinceTree.Node node : tree.all()) {
                    if (!existing.contains(node.code())) {
                        insert.setString(1, node.code());
                        insert.setString(2, node.parent());
                        insert.setString(3, tree.path(node));
                        insert.setString(4, node.nameZh());
                        insert.setString(5, node.nameEn());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }

    /** One county in one transaction, unless it is complete already. */
    private static long county(
            PerfDatabase.Sessions sessions, ProvinceTree tree, ProvinceTree.Node county, int cadres) {
        try (StatelessSession session = sessions.factory().openStatelessSession()) {
            session.setJdbcBatchSize(BATCH);
            Transaction transaction = session.beginTransaction();
            long present = session.createSelectionQuery("select count(c) from Cadre c", Long.class)
                    .getSingleResult();
            if (present == cadres) {
                transaction.rollback();
                return 0;
            }
            if (present != 0) {
                throw new IllegalStateException(county.code() + " has " + present + " cadres, not " + cadres);
            }
            long generating = System.nanoTime();
            CountyRegistry registry =
                    new CountyRegistry(county.code(), tree.city(county).base(), county.base(), UNITS, cadres, TODAY);
            long inserting = System.nanoTime();
            long rows = insert(session, registry.units)
                    + insert(session, registry.positions)
                    + insert(session, each(registry, f -> List.of(f.cadre())));
            analyzeParents(session);
            rows += insert(session, each(registry, CadreGenerator.Generated::holdings))
                    + insert(session, each(registry, CadreGenerator.Generated::family))
                    + insert(session, each(registry, CadreGenerator.Generated::assessments))
                    + insert(session, each(registry, CadreGenerator.Generated::rewards));
            transaction.commit();
            System.out.printf(
                    "%s generated in %.1f s, inserted in %.1f s%n",
                    county.code(), seconds(generating) - seconds(inserting), seconds(inserting));
            return rows;
        }
    }

    /**
     * Statistics that include this transaction's own new rows. Without them the foreign-key checks
     * of the children (a cached plan per connection) take a {@code tenant_id}-prefixed index such as
     * {@code cadre_tenant_initials_prefix} instead of the primary key: the county's value is not in
     * the statistics yet, both indexes look like one row, and each check then reads every cadre of
     * the county (measured: 55 million index tuples read for 37,000 checks, 18 s for one county).
     */
    private static void analyzeParents(StatelessSession session) {
        session.createNativeMutationQuery("analyze org_unit, unit_position, cadre")
                .executeUpdate();
    }

    private static List<Object> each(CountyRegistry registry, Function<CadreGenerator.Generated, List<?>> part) {
        List<Object> all = new ArrayList<>();
        registry.files.forEach(file -> all.addAll(part.apply(file)));
        return all;
    }

    private static long insert(StatelessSession session, List<?> entities) {
        session.insertMultiple(entities);
        return entities.size();
    }

    /** Rows per table and the database's size, read as the owner with every tenant readable. */
    private static void report(PerfDatabase db, ProvinceTree tree) throws SQLException {
        try (Connection owner = db.owner().getConnection()) {
            owner.setAutoCommit(false);
            try (PreparedStatement bind = owner.prepareStatement("select zugong_enter('', ?)")) {
                bind.setString(1, tree.scopeCsv());
                bind.execute();
            }
            long total = 0;
            for (String table : List.of(
                    "org_unit",
                    "unit_position",
                    "cadre",
                    "post_holding",
                    "family_member",
                    "assessment",
                    "reward_punishment")) {
                try (ResultSet row = owner.createStatement().executeQuery("select count(*) from " + table)) {
                    row.next();
                    total += row.getLong(1);
                    System.out.printf("%-18s %,12d%n", table, row.getLong(1));
                }
            }
            try (ResultSet row = owner.createStatement()
                    .executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                row.next();
                System.out.printf("%-18s %,12d rows, database %s%n", "total", total, row.getString(1));
            }
            owner.rollback();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
