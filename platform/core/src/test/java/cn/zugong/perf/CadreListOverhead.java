package cn.zugong.perf;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.PerfCadreService;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What Hibernate's path costs around one fast page, warm: the supervisor's "all, by name, offset
 * 0" through the portal's {@code CadreService.list} (as {@link CadreListBenchmark} runs it), against
 * the same entity manager, resource-local transaction and tenant binding around a {@code select 1}.
 * Twice each, {@code runs} times, after nothing else: the first round is the warm-up.
 *
 * <p>Arguments: database (default {@code zugong_perf}), runs (default 400).
 */
public final class CadreListOverhead {

    private CadreListOverhead() {}

    public static void main(String[] args) throws Exception {
        PerfDatabase db = new PerfDatabase(args.length > 0 ? args[0] : PerfDatabase.DEFAULT_NAME);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Set<TenantId> all = new HashSet<>();
        try (Connection connection = db.app().getConnection();
                ResultSet row = connection.createStatement().executeQuery("select code from tenant")) {
            while (row.next()) {
                all.add(new TenantId(row.getString(1)));
            }
        }
        Tenancy supervisor = Tenancy.reading(all);
        ListCase page = ListCase.all(LocalDate.now()).stream()
                .filter(c -> c.name().equals("all, by name, offset 0"))
                .findFirst()
                .orElseThrow();
        try (PerfDatabase.Sessions sessions = PerfDatabase.sessions(db.app(), 50)) {
            for (String what : new String[] {"page", "empty transaction", "page", "empty transaction"}) {
                double[] millis = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    TenancyHolder.callAs(supervisor, () -> {
                        EntityManager em = sessions.factory().createEntityManager();
                        try {
                            em.getTransaction().begin();
                            int rows = what.equals("page")
                                    ? PerfCadreService.on(em).list(page.query()).size()
                                    : em.createNativeQuery("select 1")
                                            .getResultList()
                                            .size();
                            em.getTransaction().commit();
                            return rows;
                        } finally {
                            em.close();
                        }
                    });
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                System.out.printf(
                        "%s (%d tenants): runs=%d median=%.2f ms p95=%.2f ms%n",
                        what, all.size(), runs, millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1]);
            }
        }
    }
}
