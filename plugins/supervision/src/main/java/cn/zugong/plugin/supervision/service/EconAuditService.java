package cn.zugong.plugin.supervision.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.EconAuditEntity;
import cn.zugong.plugin.supervision.data.EconAuditRepository;
import cn.zugong.plugin.supervision.econ.Responsibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Economic responsibility audits (经济责任审计, DOMAIN §4.6; issue 20 item 5): recorded when they start,
 * linked to the selection case that needs them, and reported once with the findings and the
 * responsibility class. Reading needs {@code supervision.view}, changing {@code supervision.manage}
 * in the writable county; every change is in the audit trail.
 */
public final class EconAuditService {

    static final int FINDINGS_MAX = 2000;

    private final PluginContext context;
    private final Access access;
    private final Rules rules;

    public EconAuditService(PluginContext context) {
        this.context = context;
        this.access = new Access(context);
        this.rules = new Rules(context);
    }

    /** An audit with its cadre, as the pages show it. */
    public record AuditView(EconAuditEntity audit, Optional<CadreRef> cadre) {}

    public EconAuditEntity record(NewAudit form) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        List<Problem> problems = new ArrayList<>(form.problems(rules.today()));
        if (form.cadreId() == null
                || context.cadres()
                        .find(form.cadreId())
                        .filter(c -> c.tenant().equals(county))
                        .isEmpty()) {
            problems.add(Problem.of("cadre", "supervision.field.required"));
        } else if (form.caseId() != null
                && context.selectionCases()
                        .find(form.caseId())
                        .filter(c -> c.cadres().contains(form.cadreId()))
                        .isEmpty()) {
            problems.add(Problem.of("case", "supervision.econ.unknownCase"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        EconAuditEntity saved = context.persistence().inTransaction(em -> new EconAuditRepository(em, county)
                .add(new EconAuditEntity(
                        form.cadreId(),
                        form.kind(),
                        form.post().strip(),
                        form.caseId(),
                        form.auditor().strip(),
                        form.periodFrom(),
                        form.periodTo(),
                        form.startedOn(),
                        rules.now())));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cadre", form.cadreId().toString());
        after.put("kind", form.kind().name());
        after.put("case", form.caseId() == null ? "" : form.caseId().toString());
        after.put("auditor", saved.auditor());
        after.put("period", saved.periodFrom() + "/" + saved.periodTo());
        after.put("started", saved.startedOn().toString());
        audit("econ.record", saved, Map.of(), after);
        return saved;
    }

    /** The audit's report: its day, findings and the responsibility class; written once. */
    public EconAuditEntity report(UUID id, LocalDate reportedOn, String findings, Responsibility responsibility) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        EconAuditEntity saved = context.persistence().inTransaction(em -> {
            EconAuditEntity audit = new EconAuditRepository(em, county)
                    .find(id)
                    .orElseThrow(() -> new Refused(Problem.of("", "supervision.econ.notFound")));
            List<Problem> problems = new ArrayList<>();
            if (audit.done()) {
                problems.add(Problem.of("", "supervision.econ.alreadyReported"));
            }
            if (reportedOn == null) {
                problems.add(Problem.of("reportedOn", "supervision.field.required"));
            } else if (reportedOn.isAfter(rules.today())) {
                problems.add(Problem.of("reportedOn", "supervision.field.future"));
            } else if (reportedOn.isBefore(audit.startedOn())) {
                problems.add(Problem.of("reportedOn", "supervision.econ.reportBeforeStart"));
            }
            if (findings == null || findings.isBlank()) {
                problems.add(Problem.of("findings", "supervision.field.required"));
            } else if (findings.strip().length() > FINDINGS_MAX) {
                problems.add(Problem.of("findings", "supervision.field.tooLong", FINDINGS_MAX));
            }
            if (responsibility == null) {
                problems.add(Problem.of("responsibility", "supervision.field.required"));
            }
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
            audit.reported(reportedOn, findings.strip(), responsibility);
            return audit;
        });
        audit(
                "econ.report",
                saved,
                Map.of(),
                Map.of("reported", reportedOn.toString(), "responsibility", responsibility.name()));
        return saved;
    }

    /** The county's audits, latest started first, a page. */
    public List<AuditView> page(int offset, int limit) {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        return context
                .persistence()
                .inTransaction(em -> new EconAuditRepository(em, county).page(offset, limit))
                .stream()
                .map(a -> new AuditView(a, context.cadres().find(a.cadreId())))
                .toList();
    }

    /** The audits the county's open selection cases need, with where each stands. */
    public List<AuditNeeds.Need> due() {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        return new AuditNeeds(context).openCases(county);
    }

    /** The open selection cases the cadre is a candidate of: those an audit may be linked to. */
    public List<CaseRef> openCasesOf(UUID cadreId) {
        access.reading(SupervisionPermissions.VIEW);
        return context.selectionCases().open().stream()
                .filter(c -> c.cadres().contains(cadreId))
                .toList();
    }

    private void audit(String action, EconAuditEntity audit, Map<String, ?> before, Map<String, ?> after) {
        context.audit()
                .record(
                        action,
                        "supervision_econ_audit",
                        audit.id().toString(),
                        audit.kind().name() + " " + audit.id().toString().substring(0, 8),
                        before,
                        after);
    }
}
