package cn.zugong.plugin.rotation.perf;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.Relative;
import cn.zugong.api.career.UnitRef;
import cn.zugong.plugin.rotation.service.AvoidanceService;
import cn.zugong.plugin.rotation.service.DueService;
import cn.zugong.plugin.rotation.testing.Careers;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The benchmark: the due lists and an avoidance scan of a county of {@code cadres} cadres in
 * office with {@code family} family members each, 60 organs of 50 posts (a principal, deputies,
 * staff of two internal organs), careers of two to four posts over 20 years, and one spouse in ten
 * who is a cadre of the same organ. Run by hand on the plugin's in-memory platform (H2, the
 * registry in memory), never by the build (see README). Prints the median of 5 runs after 3
 * warm-up runs, and what was found, so that the work done is visible.
 */
public final class CountyScanBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private CountyScanBench() {}

    public static void main(String[] args) {
        int cadres = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int family = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (InMemoryPluginContext platform = RotationContext.create(Careers.COUNTY, TODAY)) {
            populate(platform, cadres, family);
            DueService due = new DueService(platform);
            AvoidanceService avoidance = new AvoidanceService(platform);
            for (int i = 0; i < 3; i++) {
                due.lists(Careers.COUNTY, TODAY);
                avoidance.conflicts(Careers.COUNTY, TODAY);
            }
            long[] dueNanos = new long[5];
            long[] scanNanos = new long[5];
            DueService.DueLists lists = null;
            int conflicts = 0;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                lists = due.lists(Careers.COUNTY, TODAY);
                dueNanos[i] = System.nanoTime() - start;
                start = System.nanoTime();
                conflicts = avoidance.conflicts(Careers.COUNTY, TODAY).size();
                scanNanos[i] = System.nanoTime() - start;
            }
            System.out.printf(
                    "%d cadres, %d family members each: due lists %d ms (must %d, should %d, terms %d, becoming %d),"
                            + " avoidance scan %d ms (%d conflicts)%n",
                    cadres,
                    family,
                    median(dueNanos) / 1_000_000,
                    DueService.DueLists.cadres(lists.must()),
                    DueService.DueLists.cadres(lists.should()),
                    DueService.DueLists.cadres(lists.terms()),
                    DueService.DueLists.cadres(lists.becoming()),
                    median(scanNanos) / 1_000_000,
                    conflicts);
        }
    }

    private static void populate(InMemoryPluginContext platform, int cadres, int family) {
        List<UnitRef> organs = new ArrayList<>();
        String[] kinds = {"PARTY_COMMITTEE", "GOVERNMENT", "WORKING_DEPARTMENT", "TOWNSHIP", "COURT"};
        for (int o = 0; o < 60; o++) {
            UnitRef organ = new UnitRef(UUID.randomUUID(), "机关" + o, kinds[o % kinds.length], Optional.empty());
            organs.add(organ);
            platform.careers().unit(Careers.COUNTY, organ);
            for (int k = 0; k < 2; k++) {
                platform.careers()
                        .unit(
                                Careers.COUNTY,
                                new UnitRef(
                                        UUID.randomUUID(),
                                        (k == 0 ? "人事科" : "业务科") + o,
                                        "INTERNAL_ORGAN",
                                        Optional.of(organ.id())));
            }
        }
        List<UnitRef> internal = platform.careers().units().stream()
                .filter(u -> u.type().equals("INTERNAL_ORGAN"))
                .toList();
        List<CadreCareer> all = new ArrayList<>();
        for (int i = 0; i < cadres; i++) {
            UnitRef organ = organs.get(i % organs.size());
            int rank = i / organs.size();
            UnitRef unit = rank < 6 ? organ : internal.get((i * 7) % internal.size());
            List<Holding> holdings = new ArrayList<>();
            LocalDate start = TODAY.minusYears(20).plusDays(i % 3650);
            int posts = 2 + i % 3;
            for (int p = 0; p < posts; p++) {
                LocalDate from = start.plusYears(p * 5L);
                boolean last = p == posts - 1;
                holdings.add(new Holding(
                        UUID.randomUUID(),
                        Optional.empty(),
                        Optional.of(unit.id()),
                        unit.name(),
                        rank == 0 ? "正职" : "副职" + p,
                        Optional.of(rank == 0 ? "COUNTY_PRINCIPAL" : "COUNTY_DEPUTY"),
                        rank == 0,
                        false,
                        true,
                        from,
                        last ? Optional.empty() : Optional.of(from.plusYears(5).minusDays(1)),
                        Optional.empty()));
            }
            all.add(platform.careers()
                    .put(new CadreCareer(UUID.randomUUID(), Careers.COUNTY, "干部" + i, Optional.of("四川"), holdings)));
        }
        for (int i = 0; i < all.size(); i++) {
            List<Relative> members = new ArrayList<>();
            for (int f = 0; f < family; f++) {
                boolean spouseCadre = f == 0 && i % 10 == 0 && i + 60 < all.size();
                String name = spouseCadre ? all.get(i + 60).name() : "亲属" + i + "_" + f;
                String workplace = spouseCadre ? "机关" + (i % organs.size()) : "某公司";
                members.add(new Relative(
                        UUID.randomUUID(),
                        f == 0 ? "妻子" : "儿子",
                        f == 0 ? "SPOUSE" : "LINEAL",
                        name,
                        Optional.of(workplace)));
            }
            platform.careers().family(all.get(i).cadreId(), members);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
