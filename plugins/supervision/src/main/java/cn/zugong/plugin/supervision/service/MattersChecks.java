package cn.zugong.plugin.supervision.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.IntegrityEntity;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.data.MattersRepository;
import cn.zugong.plugin.supervision.matters.Finding;
import cn.zugong.plugin.supervision.matters.FocusReason;
import cn.zugong.plugin.supervision.matters.MattersStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The checks of personal-matters reports (DOMAIN §4.4, §4.10): focused checks (重点抽查), the
 * verification, its finding with an entry in the integrity file for each report found untrue, the
 * cadre's explanation where the finding needs one, the 五个一律 decision, and the lifting of a
 * concealment bar by the department, with its reason.
 */
public final class MattersChecks {

    private static final EnumSet<MattersStatus> FOCUSABLE =
            EnumSet.of(MattersStatus.SUBMITTED, MattersStatus.NOT_SELECTED);

    private final PluginContext context;
    private final Access access;
    private final MattersSteps steps;

    public MattersChecks(PluginContext context) {
        this.context = context;
        this.access = new Access(context);
        this.steps = new MattersSteps(context);
    }

    /**
     * A focused check of the cadre's latest submitted report that was not drawn: 凡提必查, the
     * reserve list, an important post, an inspection tour or a report about the cadre.
     */
    public MattersEntity focus(UUID cadreId, FocusReason reason) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        MattersEntity latest =
                context.persistence().inTransaction(em -> new MattersRepository(em, county).ofCadre(cadreId)).stream()
                        .filter(m -> FOCUSABLE.contains(m.status()))
                        .findFirst()
                        .orElseThrow(() -> new Refused(Problem.of("cadre", "supervision.matters.nothingToFocus")));
        return steps.move(
                county,
                latest.id(),
                MattersStatus.SELECTED_FOCUSED,
                Map.of("reason", reason.name()),
                r -> r.focused(reason));
    }

    public MattersEntity verify(UUID id) {
        return steps.move(
                access.writing(SupervisionPermissions.MANAGE), id, MattersStatus.VERIFYING, Map.of(), r -> {});
    }

    public MattersEntity consistent(UUID id) {
        return steps.move(
                access.writing(SupervisionPermissions.MANAGE), id, MattersStatus.CONSISTENT, Map.of(), r -> {});
    }

    /** A discrepancy: the finding is recorded and the report enters the cadre's integrity file. */
    public MattersEntity discrepancy(UUID id, Finding finding) {
        if (finding == null) {
            throw new Refused(Problem.of("finding", "supervision.field.required"));
        }
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        MattersEntity report = steps.move(
                county, id, MattersStatus.DISCREPANCY, Map.of("finding", finding.name()), r -> r.found(finding));
        context.persistence().run(em -> new MattersRepository(em, county)
                .add(new IntegrityEntity(
                        report.cadreId(), report.id(), report.year(), finding, MattersSteps.today(context))));
        return report;
    }

    public MattersEntity requestExplanation(UUID id) {
        return steps.move(
                access.writing(SupervisionPermissions.MANAGE),
                id,
                MattersStatus.EXPLANATION_REQUESTED,
                Map.of(),
                r -> {});
    }

    /**
     * The 五个一律 decision: the handling the finding prescribes ({@link Finding#handling()}). A
     * finding that needs the cadre's explanation (未如实报告) is decided only once it was asked for
     * and given.
     */
    public MattersEntity decide(UUID id, String explanation) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        return steps.move(county, id, MattersStatus.DECIDED, Map.of(), r -> {
            Finding finding = r.finding().orElseThrow();
            if (finding.needsExplanation()) {
                if (r.status() != MattersStatus.EXPLANATION_REQUESTED) {
                    throw new Refused(Problem.of("", "supervision.matters.explanationFirst"));
                }
                if (explanation == null || explanation.isBlank()) {
                    throw new Refused(Problem.of("explanation", "supervision.field.required"));
                }
            }
            if (explanation != null && explanation.length() > 2000) {
                throw new Refused(Problem.of("explanation", "supervision.field.tooLong", 2000));
            }
            if (explanation != null && !explanation.isBlank()) {
                r.explained(explanation.strip());
            }
            r.decided(finding.handling(), MattersSteps.today(context));
        });
    }

    /** Lifts a concealment bar: a recorded decision of the department, with its reason. */
    public MattersEntity lift(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refused(Problem.of("reason", "supervision.field.required"));
        }
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        MattersEntity lifted = context.persistence().inTransaction(em -> {
            MattersEntity report = new MattersRepository(em, county)
                    .find(id)
                    .filter(MattersEntity::barsPromotion)
                    .orElseThrow(() -> new Refused(Problem.of("", "supervision.matters.noBar")));
            report.lifted(reason.strip(), MattersSteps.today(context));
            return report;
        });
        steps.audit(lifted, "matters.lift", lifted.status(), Map.of("reason", reason.strip()));
        return lifted;
    }

    /** The cadre's integrity file; the read is recorded. */
    public List<IntegrityEntity> integrity(UUID cadreId) {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        List<IntegrityEntity> entries =
                context.persistence().inTransaction(em -> new MattersRepository(em, county).integrity(cadreId));
        context.audit()
                .record(
                        "matters.integrity",
                        "supervision_matters",
                        cadreId.toString(),
                        cadreId.toString().substring(0, 8),
                        Map.of(),
                        Map.of("entries", entries.size()));
        return entries;
    }
}
