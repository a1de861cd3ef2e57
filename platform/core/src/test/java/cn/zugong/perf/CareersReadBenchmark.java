package cn.zugong.perf;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Relative;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.plugin.context.RegistryCareers;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a plugin's county scan reads through the SDK's {@code CadreCareers} (the rotation plugin's
 * due lists and avoidance scan, issue 19): every career of a county's cadres in office, every
 * family (audited once for the county) and the units, through the portal's own {@link
 * RegistryCareers} on Hibernate, as the application role under row-level security, in one
 * transaction per scan as a request has. The plugin's own computation on what is read is timed by
 * the plugin's {@code CountyScanBench}.
 *
 * <p>Arguments: database (default {@code zugong_perf}), county (default 514101), warm-up runs
 * (default 3), measured runs (default 10). Prints the reads of the due lists (careers and units)
 * and of the avoidance scan (families too) apart.
 */
public final class CareersReadBenchmark {

    private CareersReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        PerfDatabase db = new PerfDatabase(args.length > 0 ? args[0] : PerfDatabase.DEFAULT_NAME);
        TenantId county = new TenantId(args.length > 1 ? args[1] : "514101");
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        try (PerfDatabase.Sessions sessions = PerfDatabase.sessions(db.app(), 50)) {
            int[] read = new int[3];
            CadreListBenchmark.Timing lists = CadreListBenchmark.Timing.of(
                    () -> TenancyHolder.callAs(Tenancy.writing(county), () -> scan(sessions, read, false)),
                    warmUp,
                    runs);
            CadreListBenchmark.Timing scan = CadreListBenchmark.Timing.of(
                    () -> TenancyHolder.callAs(Tenancy.writing(county), () -> scan(sessions, read, true)),
                    warmUp,
                    runs);
            System.out.printf(
                    "county %s: %,d careers (%,d holdings), %,d families (%,d members)%n"
                            + "careers and units (due lists): median %.1f ms, p95 %.1f ms%n"
                            + "careers, units and families (avoidance scan): median %.1f ms, p95 %.1f ms%n",
                    county.code(),
                    scan.rows(),
                    read[0],
                    read[1],
                    read[2],
                    lists.median(),
                    lists.p95(),
                    scan.median(),
                    scan.p95());
        }
    }

    private static int scan(PerfDatabase.Sessions sessions, int[] read, boolean families) {
        EntityManager em = sessions.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            RegistryCareers careers = new RegistryCareers();
            set(careers, "em", em);
            set(careers, "audit", set(new AuditTrail(), "em", em));
            List<CadreCareer> inOffice = careers.inOffice();
            careers.units();
            if (families) {
                Map<UUID, List<Relative>> members = careers.families("rotation");
                read[1] = members.size();
                read[2] = members.values().stream().mapToInt(List::size).sum();
            }
            em.getTransaction().commit();
            read[0] = inOffice.stream().mapToInt(c -> c.holdings().size()).sum();
            return inOffice.size();
        } finally {
            em.close();
        }
    }

    private static <T> T set(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
