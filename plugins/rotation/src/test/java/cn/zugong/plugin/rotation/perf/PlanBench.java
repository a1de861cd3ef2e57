package cn.zugong.plugin.rotation.perf;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import cn.zugong.plugin.rotation.plan.Bar;
import cn.zugong.plugin.rotation.plan.ExchangePlan;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.plan.OpenPost;
import cn.zugong.plugin.rotation.plan.PlanSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The optimizer benchmark: a county of {@code cadres} cadres in 200 units, {@code posts}
 * open posts, {@code movers} cadres to move (must, should, terms, picked), each with relatives
 * among the county's cadres (V-E2 bars the relatives' units), one in ten with a township growth
 * place (V-E1 bars its units) and a few V-E4 bars. Solves for 30 s, printing the best score at 1 s,
 * 5 s and 30 s, against the first-fit baseline of the same problem. Run by hand (see README), never
 * by the build. Seeded: every run solves the same problem.
 */
public final class PlanBench {

    private static final String[] LEVELS = {"正科", "副科", "正处", "副处"};
    private static final String[] KINDS = {"party", "government", "department", "township"};
    private static final String[] FIELDS = {"财政", "农业", "教育", "城建", "法律", ""};
    private static final int UNITS = 200;

    private PlanBench() {}

    public static void main(String[] args) {
        int cadres = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 800;
        int movers = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;

        PlanSolver solver = new PlanSolver(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds));
        ExchangePlan greedy = problem(cadres, posts, movers);
        long start = System.nanoTime();
        FirstFit.assign(greedy);
        long greedyMillis = (System.nanoTime() - start) / 1_000_000;
        HardSoftScore greedyScore = solver.score(greedy);

        ExchangePlan problem = problem(cadres, posts, movers);
        System.out.printf(
                "problem: %d cadres, %d open posts, %d to move, %d bars%n",
                cadres, posts, movers, problem.getBars().size());
        TreeMap<Long, HardSoftScore> best = new TreeMap<>();
        ExchangePlan solved = solver.solve(problem, (spent, score) -> best.put(spent.toMillis(), score));
        long firstFeasible = best.entrySet().stream()
                .filter(e -> e.getValue().isFeasible())
                .mapToLong(e -> e.getKey())
                .min()
                .orElse(-1);
        System.out.printf("first-fit baseline: %s (%d moves) in %d ms%n", greedyScore, moves(greedy), greedyMillis);
        long beatsBaseline = best.entrySet().stream()
                .filter(e -> e.getValue().compareTo(greedyScore) > 0)
                .mapToLong(e -> e.getKey())
                .min()
                .orElse(-1);
        System.out.printf("first feasible plan at %d ms (leaving cadres in place is feasible)%n", firstFeasible);
        System.out.printf("first plan better than first-fit at %d ms%n", beatsBaseline);
        for (int at : new int[] {1, 5, seconds}) {
            var entry = best.floorEntry(at * 1000L);
            System.out.printf("best at %2d s: %s%n", at, entry == null ? "none yet" : entry.getValue());
        }
        System.out.printf("final: %s (%d moves)%n", solved.getScore(), moves(solved));
    }

    private static long moves(ExchangePlan plan) {
        return plan.getMovers().stream().filter(m -> m.getPost() != null).count();
    }

    static ExchangePlan problem(int cadres, int postCount, int moverCount) {
        Random random = new Random(19);
        List<UUID> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(UUID.randomUUID());
        }
        int[] unitOfCadre = new int[cadres];
        for (int i = 0; i < cadres; i++) {
            unitOfCadre[i] = random.nextInt(UNITS);
        }
        List<OpenPost> posts = new ArrayList<>();
        List<List<OpenPost>> postsOfUnit = new ArrayList<>();
        units.forEach(u -> postsOfUnit.add(new ArrayList<>()));
        for (int i = 0; i < postCount; i++) {
            int unit = random.nextInt(UNITS);
            OpenPost post = new OpenPost(
                    UUID.randomUUID(),
                    units.get(unit),
                    "unit " + unit,
                    "post " + i,
                    LEVELS[random.nextInt(LEVELS.length)],
                    KINDS[random.nextInt(KINDS.length)],
                    false,
                    random.nextInt(10) == 0 ? 2 : 1,
                    FIELDS[random.nextInt(FIELDS.length)],
                    random.nextInt(3),
                    random.nextInt(3));
            posts.add(post);
            postsOfUnit.get(unit).add(post);
        }
        List<Mover> movers = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        Mover.Reason[] reasons = Mover.Reason.values();
        for (int i = 0; i < moverCount; i++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            String other = KINDS[
                    (java.util.Arrays.asList(KINDS).indexOf(kind) + 1 + random.nextInt(KINDS.length - 1))
                            % KINDS.length];
            Mover mover = new Mover(
                    UUID.randomUUID(),
                    "cadre " + i,
                    LEVELS[random.nextInt(LEVELS.length)],
                    Set.of(kind, other),
                    reasons[random.nextInt(reasons.length)],
                    5 + random.nextInt(12),
                    35 + random.nextInt(25),
                    random.nextInt(4) == 0,
                    Set.of(FIELDS[random.nextInt(FIELDS.length - 1)]));
            movers.add(mover);
            for (int r = random.nextInt(3); r > 0; r--) {
                int relativeUnit = unitOfCadre[random.nextInt(cadres)];
                postsOfUnit.get(relativeUnit).forEach(p -> bars.add(bar(mover, p, Bar.Kind.AVOIDANCE, "V-E2")));
            }
            if (random.nextInt(10) == 0) {
                for (int u = 0; u < 10; u++) {
                    postsOfUnit
                            .get(random.nextInt(UNITS))
                            .forEach(p -> bars.add(bar(mover, p, Bar.Kind.AVOIDANCE, "V-E1")));
                }
            }
            if (mover.getReason() == Mover.Reason.TERMS) {
                posts.stream()
                        .filter(p -> p.level().equals(mover.getLevel()))
                        .limit(5)
                        .forEach(p -> bars.add(bar(mover, p, Bar.Kind.TERMS, "V-E4")));
            }
        }
        return new ExchangePlan(movers, posts, bars);
    }

    private static Bar bar(Mover mover, OpenPost post, Bar.Kind kind, String reference) {
        return new Bar(mover.getCadreId(), post.id(), kind, reference);
    }
}
