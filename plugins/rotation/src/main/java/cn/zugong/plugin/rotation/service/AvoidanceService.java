package cn.zugong.plugin.rotation.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.avoidance.AvoidanceScan;
import cn.zugong.plugin.rotation.avoidance.Conflict;
import cn.zugong.plugin.rotation.avoidance.FindingStatus;
import cn.zugong.plugin.rotation.data.Finding;
import cn.zugong.plugin.rotation.data.FindingRepository;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The county's avoidance findings (issue item 2): a scan raises a finding for each conflict found
 * that no open finding covers and that was not settled before (rejected as a false positive or
 * exempted); officers move findings through their state machine (DOMAIN §2.5), each move audited.
 */
public final class AvoidanceService {

    /** The longest note of a decision. */
    static final int MAX_NOTE = 500;

    private final PluginContext context;
    private final RuleSource rules;
    private final CountyFacts facts;

    public AvoidanceService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.facts = new CountyFacts(context);
    }

    /** How a scan went: the conflicts found now and the findings it raised. */
    public record Scan(int conflicts, List<Finding> raised) {}

    /** The conflicts of the county today, without recording anything. */
    public List<Conflict> conflicts(TenantId county, LocalDate today) {
        RuleValues values = rules.rules(county, today);
        CountyFacts.Careers careers = facts.careers(county);
        return new AvoidanceScan(values, careers.organs(), facts.confirmedPlaces(county))
                .conflicts(careers.inOffice(), facts.relatives(county, careers, today), county, today);
    }

    /** Scans the county and records the new findings. */
    public Scan scan(TenantId county) {
        Counties.requireWritable(context.tenancy(), county);
        LocalDate today = rules.today();
        List<Conflict> conflicts = conflicts(county, today);
        Instant now = context.clock().instant();
        List<Finding> raised = context.persistence().inTransaction(em -> {
            FindingRepository findings = new FindingRepository(em, county);
            List<Finding> added = new ArrayList<>();
            for (Conflict conflict : conflicts) {
                List<Finding> earlier = findings.byKey(conflict.key());
                boolean covered = earlier.stream()
                        .anyMatch(f -> f.status().open() || f.status().settles());
                if (!covered) {
                    added.add(findings.add(conflict, today, now));
                }
            }
            return added;
        });
        raised.forEach(f -> context.audit()
                .record(
                        AuditedActions.FINDING_DETECT,
                        AuditedActions.FINDING,
                        f.id().toString(),
                        f.organName(),
                        Map.of(),
                        Map.of("kind", f.kind().name(), "cadre", f.cadreId().toString())));
        return new Scan(conflicts.size(), raised);
    }

    public List<Finding> open(TenantId county) {
        return context.persistence().inTransaction(em -> new FindingRepository(em, county).open());
    }

    public Optional<Finding> find(TenantId county, UUID id) {
        return context.persistence().inTransaction(em -> new FindingRepository(em, county).find(id));
    }

    /**
     * Moves a finding on; nothing changes when a problem is returned (an unknown finding, a move the
     * state machine does not allow, a missing or too long note).
     */
    public List<Problem> move(TenantId county, UUID id, FindingStatus to, String note) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<Finding> finding = find(county, id);
        if (finding.isEmpty()) {
            return List.of(Problem.of("finding", "rotation.finding.unknown"));
        }
        FindingStatus from = finding.get().status();
        String text = note == null ? "" : note.strip();
        List<Problem> problems = new ArrayList<>();
        if (!from.next().contains(to)) {
            problems.add(Problem.of("status", "rotation.finding.illegalMove", from.name(), to.name()));
        }
        if (to.needsNote() && text.isEmpty()) {
            problems.add(Problem.of("note", "rotation.finding.noteRequired." + to.name()));
        }
        if (text.length() > MAX_NOTE) {
            problems.add(Problem.of("note", "rotation.finding.noteTooLong", MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        LocalDate today = rules.today();
        Instant now = context.clock().instant();
        context.persistence()
                .run(em -> new FindingRepository(em, county).move(id, to, text.isEmpty() ? null : text, today, now));
        context.audit()
                .record(
                        AuditedActions.FINDING_MOVE,
                        AuditedActions.FINDING,
                        id.toString(),
                        finding.get().organName(),
                        Map.of("status", from.name()),
                        Map.of("status", to.name(), "note", text));
        return List.of();
    }
}
