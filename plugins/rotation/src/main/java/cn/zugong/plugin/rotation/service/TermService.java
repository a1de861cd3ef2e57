package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.data.TermRepository;
import cn.zugong.plugin.rotation.due.DueCalculator;
import cn.zugong.plugin.rotation.rules.RuleValues;
import cn.zugong.plugin.rotation.term.TermRecord;
import cn.zugong.plugin.rotation.term.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A cadre's term records (DOMAIN §2.4 {@code TermRecord}): derived from the registry's holdings, and
 * corrected by an officer where the history is incomplete. A correction replaces the derived terms of
 * one post and is checked whole: nothing is saved when a record is wrong.
 */
public final class TermService {

    private final PluginContext context;
    private final RuleSource rules;
    private final CountyFacts facts;

    public TermService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.facts = new CountyFacts(context);
    }

    /** The cadre's terms in the posts the term rules cover, corrections applied; empty when not readable. */
    public Optional<List<TermRecord>> terms(TenantId county, UUID cadreId) {
        Optional<CadreCareer> career =
                context.careers().of(cadreId).filter(c -> c.tenant().equals(county));
        if (career.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = rules.today();
        RuleValues values = rules.rules(county, today);
        CountyFacts.Careers careers = facts.careers(county);
        DueCalculator scope = new DueCalculator(values, careers.organs());
        List<TermRecord> corrections = careers.corrections().getOrDefault(cadreId, List.of());
        return Optional.of(Terms.of(career.get(), values.termYears(), scope::inTermScope, corrections, today));
    }

    /**
     * Replaces the terms of one post of a cadre by {@code records} (numbered from 1 in date order);
     * an empty list goes back to the terms derived from the registry.
     */
    public List<Problem> correct(TenantId county, UUID cadreId, String postKey, List<TermRecord> records) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<CadreCareer> career =
                context.careers().of(cadreId).filter(c -> c.tenant().equals(county));
        if (career.isEmpty()) {
            return List.of(Problem.of("cadre", "rotation.term.unknownCadre"));
        }
        List<Problem> problems = problems(cadreId, postKey, records);
        if (!problems.isEmpty()) {
            return problems;
        }
        context.persistence().run(em -> new TermRepository(em, county)
                .replace(cadreId, postKey, records, context.clock().instant()));
        context.audit()
                .record(
                        AuditedActions.TERM_CORRECT,
                        AuditedActions.CADRE,
                        cadreId.toString(),
                        career.get().name(),
                        Map.of(),
                        Map.of("post", postKey, "terms", records.size()));
        return List.of();
    }

    /** Each wrong record, by its row (1-based) and field. */
    static List<Problem> problems(UUID cadreId, String postKey, List<TermRecord> records) {
        List<Problem> problems = new ArrayList<>();
        List<TermRecord> sorted =
                records.stream().sorted(Comparator.comparing(TermRecord::start)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            TermRecord r = sorted.get(i);
            int row = i + 1;
            if (!r.cadreId().equals(cadreId) || !r.postKey().equals(postKey)) {
                problems.add(Problem.of("post", "rotation.term.otherPost", row));
            }
            if (r.end().filter(e -> e.isBefore(r.start())).isPresent()) {
                problems.add(Problem.of("end", "rotation.term.endBeforeStart", row));
            }
            if (r.number() != row) {
                problems.add(Problem.of("number", "rotation.term.numberOrder", row, r.number()));
            }
            if (i > 0
                    && sorted.get(i - 1).end().map(e -> !e.isBefore(r.start())).orElse(true)) {
                problems.add(Problem.of("start", "rotation.term.overlap", row));
            }
        }
        return problems;
    }
}
