package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.avoidance.AvoidanceScan;
import cn.zugong.plugin.rotation.avoidance.KinPair;
import cn.zugong.plugin.rotation.due.Due;
import cn.zugong.plugin.rotation.due.DueRule;
import cn.zugong.plugin.rotation.plan.Bar;
import cn.zugong.plugin.rotation.plan.ExchangePlan;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.plan.OpenPost;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds an exchange plan's problem from a county's due lists (must, terms, should; a cadre on
 * several counted once, under the heaviest) and the open posts the officer offers, with the bars
 * the plugin's own rules put between them: V-E2 and V-E1 as the avoidance gate would find them at
 * 动议, and V-E4 for a cadre at a term limit (not the same post again, nor the level after 15 years).
 *
 * <p>The SDK gives neither a cadre's age, gender or fields nor which post kinds a cadre may take: a
 * cadre may take any offered kind (the officer forbids what does not suit), and the team-mix and
 * expertise preferences weigh the same for every cadre.
 */
public final class PlanService {

    private final DueService due;
    private final RuleSource rules;
    private final CountyFacts facts;

    public PlanService(PluginContext context) {
        this.due = new DueService(context);
        this.rules = new RuleSource(context);
        this.facts = new CountyFacts(context);
    }

    /** @throws UnreadableRulesException when the county's rule overrides cannot be read */
    public ExchangePlan problem(TenantId county, List<OpenPost> posts, LocalDate today) {
        return problem(county, Optional.empty(), posts, today);
    }

    /**
     * The problem of the cadres the officer chose ({@code chosen}; every cadre of the due lists when
     * empty): a chosen cadre on a list weighs as that list, another as picked (in post since the
     * current main post began).
     *
     * @throws UnreadableRulesException when the county's rule overrides cannot be read
     */
    public ExchangePlan problem(TenantId county, Optional<Set<UUID>> chosen, List<OpenPost> posts, LocalDate today) {
        DueService.DueLists lists = due.lists(county, today);
        Map<UUID, Due> reasons = new LinkedHashMap<>();
        Map<UUID, Mover.Reason> weights = new LinkedHashMap<>();
        put(reasons, weights, lists.must(), Mover.Reason.MUST);
        put(reasons, weights, lists.terms(), Mover.Reason.TERMS);
        put(reasons, weights, lists.should(), Mover.Reason.SHOULD);
        CountyFacts.Careers careers = facts.careers(county);
        Map<UUID, CadreCareer> byId = careers.inOffice().stream()
                .collect(Collectors.toMap(CadreCareer::cadreId, Function.identity(), (a, b) -> a));
        Set<String> kinds = posts.stream().map(OpenPost::kind).collect(Collectors.toSet());
        List<Mover> movers = new ArrayList<>();
        for (UUID cadre : chosen.map(c -> List.copyOf(c)).orElse(List.copyOf(reasons.keySet()))) {
            CadreCareer career = byId.get(cadre);
            if (career == null) {
                continue;
            }
            Optional<Holding> main =
                    career.current().stream().filter(Holding::mainPost).findFirst();
            String level = main.flatMap(Holding::postLevel).orElse("");
            LocalDate since = Optional.ofNullable(reasons.get(cadre))
                    .map(Due::since)
                    .or(() -> main.map(Holding::start))
                    .orElse(today);
            movers.add(new Mover(
                    career.cadreId(),
                    career.name(),
                    level,
                    kinds,
                    weights.getOrDefault(career.cadreId(), Mover.Reason.PICKED),
                    Period.between(since, today).getYears(),
                    45,
                    false,
                    Set.of()));
        }
        return new ExchangePlan(movers, posts, bars(county, movers, posts, lists, careers, byId, today));
    }

    private List<Bar> bars(
            TenantId county,
            List<Mover> movers,
            List<OpenPost> posts,
            DueService.DueLists lists,
            CountyFacts.Careers careers,
            Map<UUID, CadreCareer> byId,
            LocalDate today) {
        AvoidanceScan scan =
                new AvoidanceScan(rules.rules(county, today), careers.organs(), facts.confirmedPlaces(county));
        List<KinPair> pairs = facts.relatives(county, careers, today);
        List<Bar> bars = new ArrayList<>();
        for (Mover mover : movers) {
            UUID cadre = mover.getCadreId();
            CadreCareer career = byId.get(cadre);
            for (OpenPost post : posts) {
                Holding target = target(post, today);
                if (kinConflict(scan, pairs, cadre, target, byId, today)) {
                    bars.add(new Bar(cadre, post.id(), Bar.Kind.AVOIDANCE, "V-E2"));
                } else if (scan.regional(cadre, career.growthPlace(), target, county)
                        .filter(c -> c.blocking())
                        .isPresent()) {
                    bars.add(new Bar(cadre, post.id(), Bar.Kind.AVOIDANCE, "V-E1"));
                }
                if (atTermLimit(lists.terms(), cadre, post)) {
                    bars.add(new Bar(cadre, post.id(), Bar.Kind.TERMS, "V-E4"));
                }
            }
        }
        return bars;
    }

    private static boolean kinConflict(
            AvoidanceScan scan,
            List<KinPair> pairs,
            UUID cadre,
            Holding target,
            Map<UUID, CadreCareer> byId,
            LocalDate today) {
        for (KinPair pair : pairs) {
            if (!pair.first().equals(cadre) && !pair.second().equals(cadre)) {
                continue;
            }
            CadreCareer relative = byId.get(pair.other(cadre));
            if (relative != null
                    && !scan.kinship(pair, List.of(target), relative.heldOn(today))
                            .isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean atTermLimit(List<Due> terms, UUID cadre, OpenPost post) {
        return terms.stream()
                .filter(d -> d.cadreId().equals(cadre))
                .anyMatch(d -> d.rule() == DueRule.CONSECUTIVE_TERMS
                        ? d.unitName().equals(post.unitName()) && d.title().equals(post.title())
                        : d.title().equals(post.level()));
    }

    private static Holding target(OpenPost post, LocalDate today) {
        return new Holding(
                UUID.randomUUID(),
                Optional.empty(),
                Optional.of(post.unitId()),
                post.unitName(),
                post.title(),
                Optional.of(post.level()),
                post.principal(),
                false,
                true,
                today,
                Optional.empty(),
                Optional.empty());
    }

    private static void put(
            Map<UUID, Due> reasons, Map<UUID, Mover.Reason> weights, List<Due> list, Mover.Reason reason) {
        for (Due d : list) {
            reasons.putIfAbsent(d.cadreId(), d);
            weights.putIfAbsent(d.cadreId(), reason);
        }
    }
}
