package cn.zugong.core.selection.application;

import cn.zugong.core.selection.domain.CaseRow;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.CountyOversight;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.ReportsConnectionProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the provincial inspector sees per county in scope without opening each case: the cases
 * with a recorded exception (poge, post quota adjustment), with an acknowledged warning, with the publicity
 * skipped, whose appointment left the unit over its approved posts, and the open ones past their
 * step's deadline; each count lists its cases ({@link #cases}). Counted by the database, one
 * grouped statement per measure (counties are few). A supervisor's opening of a case is an audited
 * read ({@link #opened}), in the chain of the case's county, as the opening of a cadre file is.
 * The counts and their lists are read from the reports' unit (the replica when there is one), the
 * opening from the primary.
 */
@ApplicationScoped
@Transactional
public class OversightService {

    private static final String ROW =
            "select new cn.zugong.core.selection.domain.CaseRow(c.id, c.tenantId, c.caseNo, c.kind,"
                    + " c.title, c.step, c.stepSince, c.status, c.openedAt) from SelectionCase c";

    /** The primary: the audited opening of a case. */
    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /** The reports' unit (the replica when there is one): reads only. */
    @PersistenceContext(unitName = ReportsConnectionProvider.UNIT)
    EntityManager reports;

    @Inject
    CaseJournal journal;

    Clock clock = Clock.systemDefaultZone();

    /** Every readable county with its counts, by county code; counties without a case show zeros. */
    public List<CountyOversight> counties() {
        List<String> readable = CountyAccess.readable();
        Map<String, Map<OversightMeasure, Integer>> counts = new TreeMap<>();
        readable.stream()
                .filter(t -> !t.equals("-"))
                .forEach(t -> counts.put(t, new EnumMap<>(OversightMeasure.class)));
        for (OversightMeasure measure : OversightMeasure.values()) {
            Query query =
                    reports.createQuery("select c.tenantId, count(c) from SelectionCase c where c.tenantId in :t and "
                            + condition(measure) + " group by c.tenantId");
            bind(query.setParameter("t", readable), measure);
            for (Object row : query.getResultList()) {
                Object[] values = (Object[]) row;
                counts.computeIfAbsent((String) values[0], t -> new EnumMap<>(OversightMeasure.class))
                        .put(measure, ((Number) values[1]).intValue());
            }
        }
        List<CountyOversight> counties = new ArrayList<>();
        counts.forEach((tenant, byMeasure) -> counties.add(new CountyOversight(tenant, byMeasure)));
        return counties;
    }

    /** The cases of a readable county that a measure counts, newest first; none for a county not read. */
    public List<CaseRow> cases(String county, OversightMeasure measure) {
        List<String> readable = CountyAccess.readable();
        List<String> scope = readable.contains(county) ? List.of(county) : List.of("-");
        var query = reports.createQuery(
                ROW + " where c.tenantId in :t and " + condition(measure) + " order by c.openedAt desc, c.id",
                CaseRow.class);
        bind(query.setParameter("t", scope), measure);
        return query.getResultList();
    }

    /**
     * Records that a reader outside the case's county (a supervisor) opened it, and from which
     * count when it came from the overview; the county's own writers are journaled by what they do.
     */
    public void opened(UUID caseId, OversightMeasure via) {
        SelectionCase c = new CaseStore(em).read(caseId);
        if (CountyAccess.canWrite()) {
            return;
        }
        journal.read(c, "case.open", "reason", via == null ? null : "selection.oversight." + via.name());
    }

    private static String condition(OversightMeasure measure) {
        return switch (measure) {
            case BREAK_GRADE, QUOTA_ADJUSTMENT ->
                "exists (select e.id from RecordedException e where e.tenantId = c.tenantId and e.caseId = c.id"
                        + " and e.kind = :kind)";
            case ACKNOWLEDGED ->
                "exists (select g.id from GateRecord g where g.tenantId = c.tenantId and g.caseId = c.id"
                        + " and g.overrideAt is not null)";
            case PUBLICITY_SKIPPED -> "c.publicity.publicitySkipped is not null";
            case OVER_QUOTA -> "c.leftOverQuota = true";
            case OVERDUE -> "c.status = :open and c.stepSince < :before";
        };
    }

    private void bind(Query query, OversightMeasure measure) {
        switch (measure) {
            case BREAK_GRADE -> query.setParameter("kind", ExceptionKind.BREAK_GRADE);
            case QUOTA_ADJUSTMENT -> query.setParameter("kind", ExceptionKind.QUOTA_ADJUSTMENT);
            case OVERDUE ->
                query.setParameter("open", CaseStatus.OPEN)
                        .setParameter("before", clock.instant().minus(Duration.ofDays(SelectionService.overdueDays())));
            default -> {}
        }
    }
}
