package cn.zugong.plugin.supervision.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.calendar.WorkingCalendar;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Limits;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.ReportEntity;
import cn.zugong.plugin.supervision.data.ReportRepository;
import cn.zugong.plugin.supervision.report.ReportDeadlines;
import cn.zugong.plugin.supervision.report.ReportStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Registering and reading reports (DOMAIN §4.5, §4.10). Only users holding {@code
 * supervision.reports} in the county reach them, and every read is recorded in the audit trail
 * ({@code report.read}, {@code report.list}) as every change is: reports are the most sensitive
 * data of the product. The moves of the state machine are in {@link ReportSteps}.
 */
public final class ReportService {

    private final PluginContext context;
    private final Access access;
    private final Rules rules;

    public ReportService(PluginContext context) {
        this.context = context;
        this.access = new Access(context);
        this.rules = new Rules(context);
    }

    /**
     * A report with its subjects and deadlines, as the pages show it.
     *
     * @param report the stored report
     * @param subjects the cadres it is about, as the registry knows them
     * @param deadlines its time limits on the county's calendar
     * @param overdue whether it is past its limit today
     */
    public record ReportView(
            ReportEntity report, List<CadreRef> subjects, ReportDeadlines deadlines, boolean overdue) {}

    /** Registers a report received by the department: received, then registered, in one step. */
    public ReportView register(NewReport form) {
        TenantId county = access.writing(SupervisionPermissions.REPORTS);
        List<Problem> problems = new ArrayList<>(form.problems(rules.today()));
        for (int i = 0; i < form.subjects().size(); i++) {
            Optional<CadreRef> cadre = context.cadres().find(form.subjects().get(i));
            if (cadre.isEmpty() || !cadre.get().tenant().equals(county)) {
                problems.add(Problem.of("subjects", "supervision.report.unknownCadre", i + 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        ReportEntity saved = context.persistence().inTransaction(em -> {
            ReportEntity report = new ReportEntity(
                    form.channel(),
                    form.realName(),
                    blankToNull(form.reporterName()),
                    blankToNull(form.reporterContact()),
                    form.category(),
                    form.summary().strip(),
                    form.specificClues(),
                    form.received(),
                    rules.now());
            report.moved(ReportStatus.REGISTERED, rules.now());
            return new ReportRepository(em, county).add(report, form.subjects());
        });
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("channel", form.channel().name());
        after.put("category", form.category().name());
        after.put("realName", form.realName());
        after.put("specificClues", form.specificClues());
        after.put("received", form.received().toString());
        after.put("subjects", form.subjects().stream().map(UUID::toString).toList());
        audit("report.register", saved, Map.of(), after);
        return view(county, saved);
    }

    /** One report, its read recorded. Another county's report, or an unknown id, is not found. */
    public Optional<ReportView> read(UUID id) {
        TenantId county = access.reading(SupervisionPermissions.REPORTS);
        Optional<ReportEntity> found =
                context.persistence().inTransaction(em -> new ReportRepository(em, county).find(id));
        found.ifPresent(r -> audit("report.read", r, Map.of(), Map.of()));
        return found.map(r -> view(county, r));
    }

    /** A page of the county's reports, newest first; the ids listed are recorded as read. */
    public List<ReportView> page(int offset, int limit) {
        TenantId county = access.reading(SupervisionPermissions.REPORTS);
        List<ReportEntity> page =
                context.persistence().inTransaction(em -> new ReportRepository(em, county).page(offset, limit));
        if (!page.isEmpty()) {
            context.audit()
                    .record(
                            "report.list",
                            "supervision_report",
                            county.code(),
                            county.code(),
                            Map.of(),
                            Map.of(
                                    "ids",
                                    page.stream().map(r -> r.id().toString()).toList()));
        }
        Timing timing = timing(county);
        return page.stream().map(r -> view(county, r, timing)).toList();
    }

    /**
     * The closed reports about any of the cadres a report is about, newest first: those whose
     * closure can answer it as a repeat (DOMAIN §4.10 [P]). Listed reports are recorded as read.
     */
    public List<ReportView> closedAboutSameCadres(UUID reportId) {
        TenantId county = access.reading(SupervisionPermissions.REPORTS);
        List<ReportEntity> closed = context.persistence().inTransaction(em -> {
            ReportRepository repository = new ReportRepository(em, county);
            return repository.subjects(reportId).stream()
                    .flatMap(cadre -> repository.about(cadre).stream())
                    .filter(r -> r.status().closed() && !r.id().equals(reportId))
                    .distinct()
                    .toList();
        });
        if (!closed.isEmpty()) {
            context.audit()
                    .record(
                            "report.list",
                            "supervision_report",
                            county.code(),
                            county.code(),
                            Map.of(),
                            Map.of(
                                    "ids",
                                    closed.stream().map(r -> r.id().toString()).toList()));
        }
        Timing timing = timing(county);
        return closed.stream().map(r -> view(county, r, timing)).toList();
    }

    public long count() {
        TenantId county = access.reading(SupervisionPermissions.REPORTS);
        return context.persistence().inTransaction(em -> new ReportRepository(em, county).count());
    }

    /** Whether the current user may read the county's reports at all. */
    public boolean permitted() {
        return access.may(SupervisionPermissions.REPORTS);
    }

    ReportView view(TenantId county, ReportEntity report) {
        return view(county, report, timing(county));
    }

    /** What deadlines are worked out with, read once per request: the calendar is a query. */
    record Timing(WorkingCalendar calendar, Limits limits, LocalDate today) {

        ReportDeadlines deadlines(ReportEntity report) {
            return ReportDeadlines.of(
                    calendar, limits, report.receivedOn(), report.assignedOn(), report.extendedDays());
        }
    }

    Timing timing(TenantId county) {
        return new Timing(rules.calendar(county), rules.limits(county), rules.today());
    }

    private ReportView view(TenantId county, ReportEntity report, Timing timing) {
        List<UUID> ids =
                context.persistence().inTransaction(em -> new ReportRepository(em, county).subjects(report.id()));
        List<CadreRef> subjects =
                ids.stream().flatMap(id -> context.cadres().find(id).stream()).toList();
        ReportDeadlines deadlines = timing.deadlines(report);
        return new ReportView(report, subjects, deadlines, deadlines.overdue(report.status(), timing.today()));
    }

    void audit(String action, ReportEntity report, Map<String, ?> before, Map<String, ?> after) {
        context.audit().record(action, "supervision_report", report.id().toString(), label(report), before, after);
    }

    /** The audit trail's name of a report: its kind and the start of its id, never its content. */
    static String label(ReportEntity report) {
        return report.category().name() + " " + report.id().toString().substring(0, 8);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
