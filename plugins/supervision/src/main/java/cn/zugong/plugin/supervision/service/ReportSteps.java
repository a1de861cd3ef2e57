package cn.zugong.plugin.supervision.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Limits;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.ReportEntity;
import cn.zugong.plugin.supervision.data.ReportRepository;
import cn.zugong.plugin.supervision.report.Assignment;
import cn.zugong.plugin.supervision.report.Conclusion;
import cn.zugong.plugin.supervision.report.HandlingType;
import cn.zugong.plugin.supervision.report.ReportStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The moves of a report along its state machine (DOMAIN §4.10), each checked against {@link
 * ReportStatus#next()} and the step's own rules, stored and audited in one go. A refused move
 * changes nothing.
 */
public final class ReportSteps {

    private final PluginContext context;
    private final Access access;
    private final Rules rules;
    private final ReportService reports;

    public ReportSteps(PluginContext context) {
        this.context = context;
        this.access = new Access(context);
        this.rules = new Rules(context);
        this.reports = new ReportService(context);
    }

    /**
     * Registers a report the public channel received ({@code RECEIVED}): an officer holding the
     * reports permission has read it and takes it into the register, from where triage starts.
     */
    public ReportService.ReportView register(UUID id) {
        ReportService.ReportView registered = move(id, ReportStatus.REGISTERED, Map.of(), r -> {});
        context.notices().withdraw(PublicReportService.NOTICE + id);
        return registered;
    }

    /**
     * Triage of a registered report: accepted with its handling type, redirected (not in the
     * channel's scope) or insufficient. A report outside the scope (category {@code OTHER}) can only
     * be redirected (DOMAIN §4.5: other issues are redirected).
     */
    public ReportService.ReportView accept(UUID id, HandlingType type) {
        if (type == null) {
            throw new Refused(Problem.of("handlingType", "supervision.field.required"));
        }
        return move(id, ReportStatus.ACCEPTED, Map.of("handlingType", type.name()), r -> {
            if (!r.category().inScope()) {
                throw new Refused(Problem.of("category", "supervision.report.outOfScope"));
            }
            r.triaged(type);
        });
    }

    public ReportService.ReportView redirect(UUID id) {
        return move(id, ReportStatus.REDIRECTED, Map.of(), r -> {});
    }

    public ReportService.ReportView insufficient(UUID id) {
        return move(id, ReportStatus.INSUFFICIENT, Map.of(), r -> {});
    }

    /**
     * A registered report that repeats the issue of a closed one is answered from that closure and
     * not re-opened (DOMAIN §4.10 [P]).
     */
    public ReportService.ReportView answerFromClosure(UUID id, UUID closedReport) {
        TenantId county = access.writing(SupervisionPermissions.REPORTS);
        if (closedReport == null) {
            throw new Refused(Problem.of("repeatOf", "supervision.field.required"));
        }
        boolean closed = context.persistence()
                .inTransaction(em -> new ReportRepository(em, county).find(closedReport))
                .filter(r -> r.status().closed() && !r.id().equals(id))
                .isPresent();
        if (!closed) {
            throw new Refused(Problem.of("repeatOf", "supervision.report.repeatNotClosed"));
        }
        return move(id, ReportStatus.ANSWERED_FROM_CLOSURE, Map.of("repeatOf", closedReport.toString()), r -> {
            r.repeatOf(closedReport);
            r.closed(rules.today());
        });
    }

    /** Assigned: handed down, transferred or handled by the department; the closure's time runs from today. */
    public ReportService.ReportView assign(UUID id, Assignment how, String assignee) {
        if (how == null || assignee == null || assignee.isBlank()) {
            throw new Refused(Problem.of(how == null ? "assignment" : "assignee", "supervision.field.required"));
        }
        if (assignee.length() > 200) {
            throw new Refused(Problem.of("assignee", "supervision.field.tooLong", 200));
        }
        return move(
                id,
                ReportStatus.ASSIGNED,
                Map.of("assignment", how.name(), "assignee", assignee.strip()),
                r -> r.assigned(how, assignee.strip(), rules.today()));
    }

    /** The verification (查核) or, for a 举函字 report, the written inquiry (函询) starts. */
    public ReportService.ReportView investigate(UUID id) {
        return move(id, ReportStatus.INVESTIGATING, Map.of(), r -> {});
    }

    /**
     * One extension of the closure's limit (DOMAIN §4.5 [I]: at most 30 working days, once): the
     * request and its approval by the department, recorded as the two moves investigating →
     * extension requested → investigating.
     */
    public ReportService.ReportView extend(UUID id, int days) {
        TenantId county = access.writing(SupervisionPermissions.REPORTS);
        Limits limits = rules.limits(county);
        if (days <= 0 || days > limits.extensionDays()) {
            throw new Refused(Problem.of("days", "supervision.report.extensionDays", limits.extensionDays()));
        }
        move(id, ReportStatus.EXTENSION_REQUESTED, Map.of("days", days), r -> {
            if (r.extensions() >= limits.extensions()) {
                throw new Refused(Problem.of("days", "supervision.report.extensionsUsed", limits.extensions()));
            }
        });
        return move(id, ReportStatus.INVESTIGATING, Map.of("days", days), r -> r.extended(days));
    }

    public ReportService.ReportView conclude(UUID id, Conclusion found, String findings) {
        if (found == null || findings == null || findings.isBlank()) {
            throw new Refused(Problem.of(found == null ? "conclusion" : "findings", "supervision.field.required"));
        }
        if (findings.length() > NewReport.SUMMARY_MAX) {
            throw new Refused(Problem.of("findings", "supervision.field.tooLong", NewReport.SUMMARY_MAX));
        }
        return move(
                id,
                ReportStatus.CONCLUDED,
                Map.of("conclusion", found.name()),
                r -> r.concluded(found, findings.strip()));
    }

    /** Feedback to a real-name reporter; an anonymous report has no one to give it to. */
    public ReportService.ReportView feedback(UUID id) {
        return move(id, ReportStatus.FEEDBACK_GIVEN, Map.of(), r -> {
            if (!r.realName()) {
                throw new Refused(Problem.of("", "supervision.report.anonymousNoFeedback"));
            }
            r.feedbackGiven(rules.today());
        });
    }

    /** Closed: a concluded real-name report only after its feedback (DOMAIN §4.10: concluded → feedback_given(实名) → closed). */
    public ReportService.ReportView close(UUID id) {
        return move(id, ReportStatus.CLOSED, Map.of(), r -> {
            if (r.status() == ReportStatus.CONCLUDED && r.realName()) {
                throw new Refused(Problem.of("", "supervision.report.feedbackFirst"));
            }
            r.closed(rules.today());
        });
    }

    public ReportService.ReportView archive(UUID id) {
        return move(id, ReportStatus.ARCHIVED, Map.of(), r -> {});
    }

    private ReportService.ReportView move(
            UUID id, ReportStatus to, Map<String, ?> details, Consumer<ReportEntity> step) {
        TenantId county = access.writing(SupervisionPermissions.REPORTS);
        record Moved(ReportEntity report, ReportStatus from) {}
        Moved moved = context.persistence().inTransaction(em -> {
            ReportEntity report = new ReportRepository(em, county)
                    .find(id)
                    .orElseThrow(() -> new Refused(Problem.of("", "supervision.report.notFound")));
            ReportStatus from = report.status();
            if (!from.next().contains(to)) {
                throw new Refused(
                        Problem.of("status", "supervision.report.illegalMove", from.messageKey(), to.messageKey()));
            }
            step.accept(report);
            report.moved(to, rules.now());
            return new Moved(report, from);
        });
        Map<String, Object> after = new LinkedHashMap<>(details);
        after.put("status", to.name());
        reports.audit(
                "report." + to.name().toLowerCase(java.util.Locale.ROOT),
                moved.report(),
                Map.of("status", moved.from().name()),
                after);
        return reports.view(county, moved.report());
    }
}
