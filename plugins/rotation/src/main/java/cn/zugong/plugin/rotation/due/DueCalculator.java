package cn.zugong.plugin.rotation.due;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.plugin.rotation.career.Organs;
import cn.zugong.plugin.rotation.career.PostKey;
import cn.zugong.plugin.rotation.career.Span;
import cn.zugong.plugin.rotation.career.Spans;
import cn.zugong.plugin.rotation.rules.RuleValues;
import cn.zugong.plugin.rotation.term.TermRecord;
import cn.zugong.plugin.rotation.term.TermRules;
import cn.zugong.plugin.rotation.term.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The dates on which each rule makes a cadre due, from the posts the cadre holds on the reference
 * day (DOMAIN §2.6 V-E3, V-E4, V-E7). Which posts each rule covers comes from the rule values: the
 * leadership's unit kinds, the key-department kinds, the term rules' scope.
 */
public final class DueCalculator {

    private final RuleValues rules;
    private final Organs organs;

    public DueCalculator(RuleValues rules, Organs organs) {
        this.rules = rules;
        this.organs = organs;
    }

    /** Every rule that applies to the cadre's current posts, with the day it makes the cadre due. */
    public List<Due> of(CadreCareer career, List<TermRecord> corrections, LocalDate today) {
        List<Due> due = new ArrayList<>();
        List<Holding> current = career.heldOn(today);
        List<TermRecord> terms = Terms.of(career, rules.termYears(), this::inTermScope, corrections, today);
        for (Holding h : current) {
            List<Holding> samePost = career.holdings().stream()
                    .filter(o -> PostKey.of(o).equals(PostKey.of(h)))
                    .toList();
            Optional<Span> tenure = Spans.covering(samePost, today);
            if (tenure.isEmpty()) {
                continue;
            }
            LocalDate start = tenure.get().start();
            if (leadership(h)) {
                due.add(due(
                        career, DueRule.SAME_POST, h, h.title(), start, start.plusYears(rules.mustSamePostYears())));
            }
            if (rules.keyPrincipalEnabled() && keyPrincipal(h)) {
                due.add(due(
                        career,
                        DueRule.KEY_PRINCIPAL,
                        h,
                        h.title(),
                        start,
                        start.plusYears(rules.keyPrincipalYears())));
            }
            if (inTermScope(h)) {
                LocalDate tenureStart = terms.stream()
                        .filter(t -> t.postKey().equals(PostKey.of(h)) && t.number() == 1)
                        .map(TermRecord::start)
                        .max(LocalDate::compareTo)
                        .orElse(start);
                due.add(due(
                        career,
                        DueRule.CONSECUTIVE_TERMS,
                        h,
                        h.title(),
                        tenureStart,
                        TermRules.consecutiveLimitOn(
                                tenureStart,
                                rules.termYears(),
                                rules.consecutiveTermsMax(),
                                rules.fullTermAfterYears())));
            }
        }
        levels(career, today, current, due);
        return due.stream().distinct().toList();
    }

    /** The rules on levels: one entry per level held now, not per post. */
    private void levels(CadreCareer career, LocalDate today, List<Holding> current, List<Due> due) {
        Set<String> done = new HashSet<>();
        for (Holding h : current) {
            if (h.postLevel().isEmpty() || !done.add(h.postLevel().get())) {
                continue;
            }
            String level = h.postLevel().get();
            Predicate<Holding> atLevel =
                    o -> o.postLevel().filter(level::equals).isPresent();
            List<Holding> leadershipAtLevel = career.holdings().stream()
                    .filter(atLevel.and(this::leadership))
                    .toList();
            Spans.covering(leadershipAtLevel, today)
                    .ifPresent(span -> due.add(due(
                            career,
                            DueRule.SAME_LEVEL,
                            h,
                            level,
                            span.start(),
                            span.start().plusYears(rules.shouldSameLevelYears()))));
            List<Holding> scopeAtLevel = career.holdings().stream()
                    .filter(atLevel.and(this::inTermScope))
                    .toList();
            TermRules.cumulativeLimitOn(scopeAtLevel, today, rules.cumulativeLevelYears())
                    .ifPresent(on -> due.add(due(
                            career,
                            DueRule.CUMULATIVE_LEVEL,
                            h,
                            level,
                            Spans.of(scopeAtLevel).getFirst().start(),
                            on)));
        }
    }

    private static Due due(CadreCareer career, DueRule rule, Holding h, String title, LocalDate since, LocalDate on) {
        return new Due(career.cadreId(), career.name(), rule, h.unitName(), title, since, on);
    }

    /** V-E3: a post in the party committee's or the government's leadership (not an internal organ). */
    public boolean leadership(Holding h) {
        return organs.typeOf(h.unitId())
                        .filter(rules.leadershipUnitTypes()::contains)
                        .isPresent()
                && h.postLevel().isPresent();
    }

    /** V-E7: the principal of a key department: flagged in the registry or of a key unit kind. */
    public boolean keyPrincipal(Holding h) {
        return h.principal()
                && (h.keyPost()
                        || organs.typeOf(h.unitId())
                                .filter(rules.keyPrincipalUnitTypes()::contains)
                                .isPresent());
    }

    /** §2.3 scope (任期规定 第二条): leadership members and the principals of the listed unit kinds. */
    public boolean inTermScope(Holding h) {
        return leadership(h)
                || (h.principal()
                        && organs.typeOf(h.unitId())
                                .filter(rules.termPrincipalUnitTypes()::contains)
                                .isPresent());
    }
}
