package cn.zugong.plugin.supervision.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Limits;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.DrawEntity;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.data.MattersRepository;
import cn.zugong.plugin.supervision.matters.MattersStatus;
import cn.zugong.plugin.supervision.matters.RandomDraw;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The year's random check (随机抽查, DOMAIN §4.4 [V]), once a year per county at the rate in force:
 * the submitted reports are the population; the seed comes from a secure source (nobody chooses
 * who is drawn) and is recorded with the rate, the population and the reports drawn, in the draw's
 * table and the audit trail, so that an auditor can draw again and get the same ({@link #replay}).
 */
public final class DrawService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final PluginContext context;
    private final Access access;
    private final Rules rules;

    public DrawService(PluginContext context) {
        this.context = context;
        this.access = new Access(context);
        this.rules = new Rules(context);
    }

    /** Draws the year's random check with a fresh seed. */
    public RandomDraw draw(int year) {
        return draw(year, OptionalLong.empty());
    }

    /** Draws with a given seed: for tests, and to repeat a draw made elsewhere. */
    public RandomDraw draw(int year, OptionalLong seed) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        Limits limits = rules.limits(county);
        long chosen = seed.orElseGet(SEEDS::nextLong);
        RandomDraw draw = context.persistence().inTransaction(em -> {
            MattersRepository repository = new MattersRepository(em, county);
            if (repository.draw(year).isPresent()) {
                throw new Refused(Problem.of("year", "supervision.draw.alreadyDrawn", year));
            }
            List<MattersEntity> submitted = repository.ofYear(year).stream()
                    .filter(m -> m.status() == MattersStatus.SUBMITTED)
                    .toList();
            if (submitted.isEmpty()) {
                throw new Refused(Problem.of("year", "supervision.draw.nothingSubmitted", year));
            }
            RandomDraw made =
                    RandomDraw.draw(submitted.stream().map(MattersEntity::id).toList(), limits.randomRate(), chosen);
            DrawEntity stored = repository.add(new DrawEntity(
                    year,
                    chosen,
                    limits.randomRate(),
                    made.population().size(),
                    made.drawn().size(),
                    rules.now()));
            Set<UUID> picked = Set.copyOf(made.drawn());
            for (MattersEntity report : submitted) {
                boolean in = picked.contains(report.id());
                report.inDraw(stored.id(), in);
                report.moved(in ? MattersStatus.SELECTED_RANDOM : MattersStatus.NOT_SELECTED, rules.now());
            }
            return made;
        });
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("seed", String.valueOf(chosen));
        after.put("rate", limits.randomRate().toPlainString());
        after.put("population", draw.population().size());
        after.put("drawn", draw.drawn().stream().map(UUID::toString).toList());
        context.audit()
                .record(
                        "matters.draw",
                        "supervision_draw",
                        county.code() + "/" + year,
                        String.valueOf(year),
                        Map.of(),
                        after);
        return draw;
    }

    /**
     * The year's draw made again from its recorded seed, rate and population: {@link Replay#matches}
     * says whether it picks exactly the reports that were marked drawn.
     */
    public Optional<Replay> replay(int year) {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        return context.persistence().inTransaction(em -> {
            MattersRepository repository = new MattersRepository(em, county);
            return repository.draw(year).map(stored -> {
                List<MattersEntity> population = repository.ofYear(year).stream()
                        .filter(m -> m.drawId().filter(stored.id()::equals).isPresent())
                        .toList();
                RandomDraw again = RandomDraw.draw(
                        population.stream().map(MattersEntity::id).toList(), stored.rate(), stored.seed());
                Set<UUID> marked = population.stream()
                        .filter(MattersEntity::drawn)
                        .map(MattersEntity::id)
                        .collect(Collectors.toSet());
                return new Replay(stored.seed(), again, marked.equals(Set.copyOf(again.drawn())));
            });
        });
    }

    /**
     * A draw made again.
     *
     * @param seed the recorded seed
     * @param draw the draw made again
     * @param matches whether it picks the reports marked drawn
     */
    public record Replay(long seed, RandomDraw draw, boolean matches) {}
}
