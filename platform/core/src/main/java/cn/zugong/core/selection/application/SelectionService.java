package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseRow;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.CountyCases;
import cn.zugong.core.selection.domain.OpenCase;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.ReportsConnectionProvider;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Opens, lists and withdraws selection cases and keeps their candidates. Writes need a writer of
 * the case's own county ({@link CountyAccess#requireWriter()}); a case of another county is
 * reported as missing, whatever id is tried.
 */
@ApplicationScoped
@Transactional
public class SelectionService {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;

    /** The system property naming the days after which a case is overdue at its step. */
    public static final String OVERDUE_DAYS = "zugong.selection.overdue-days";

    private static final String WHERE = " where c.tenantId in :t and c.status in :statuses";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /** The reports' unit (the replica when there is one): reads only. */
    @PersistenceContext(unitName = ReportsConnectionProvider.UNIT)
    EntityManager reports;

    @Inject
    CaseJournal journal;

    @Inject
    GateService gates;

    Clock clock = Clock.systemDefaultZone();

    /** Opens a case at initiation (dongyi), records it and runs the initiation gates. */
    public SelectionCase open(OpenCase request) {
        String tenant = CountyAccess.requireWriter();
        List<Problem> problems = new ArrayList<>();
        if (request.kind() == null) {
            problems.add(new Problem("kind", "selection.kind.required"));
        }
        String title = Texts.strip(request.title());
        if (title == null) {
            problems.add(new Problem("title", "selection.title.required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new Problem("title", "selection.text.tooLong", List.of(MAX_TITLE)));
        }
        String plan = Texts.strip(request.plan());
        if (plan != null && plan.length() > MAX_TEXT) {
            problems.add(new Problem("plan", "selection.text.tooLong", List.of(MAX_TEXT)));
        }
        UnitPosition position = null;
        if (request.kind() == SelectionKind.APPOINT || request.kind() == SelectionKind.REMOVE) {
            position = request.positionId() == null ? null : em.find(UnitPosition.class, request.positionId());
            if (position == null || !tenant.equals(position.getTenantId())) {
                problems.add(new Problem("position", "selection.position.required"));
                position = null;
            }
        }
        if (request.kind() == SelectionKind.REMOVE || request.kind() == SelectionKind.RETIRE) {
            if (!ownCadre(tenant, request.subjectCadreId())) {
                problems.add(new Problem("subject", "selection.subject.required"));
            }
        }
        for (UUID cadre : request.intended()) {
            if (!ownCadre(tenant, cadre)) {
                problems.add(new Problem("intended", "selection.candidate.notFound"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        SelectionCase c = new SelectionCase();
        c.setCaseNo(nextNumber(tenant));
        c.setKind(request.kind());
        c.setTitle(title);
        c.setPositionId(position == null ? null : position.getId());
        c.setUnitId(position == null ? null : position.getUnitId());
        c.setSubjectCadreId(request.kind() == SelectionKind.APPOINT ? null : request.subjectCadreId());
        c.setGeneralElection(request.kind() == SelectionKind.APPOINT && request.generalElection());
        c.setPlan(plan);
        c.setInitiator(Texts.strip(request.initiator()));
        c.moveTo(SelectionStep.INITIATION, clock.instant());
        c.setStatus(CaseStatus.OPEN);
        c.setOpenedAt(clock.instant());
        c.setOpenedBy(Texts.actor());
        c.recommendation().setRecommendationTargeted(true);
        em.persist(c);
        for (UUID cadre : request.intended()) {
            SelectionCandidate candidate = new SelectionCandidate(c.getId());
            candidate.setCadreId(cadre);
            candidate.setIntended(true);
            em.persist(candidate);
        }
        em.flush();
        journal.record(
                c,
                "open",
                "kind",
                c.getKind(),
                "title",
                title,
                "plan",
                plan,
                "initiator",
                c.getInitiator(),
                "intended",
                request.intended().size());
        gates.check(c, SelectionStep.INITIATION);
        return c;
    }

    private boolean ownCadre(String tenant, UUID cadreId) {
        Cadre cadre = cadreId == null ? null : em.find(Cadre.class, cadreId);
        return cadre != null && tenant.equals(cadre.getTenantId());
    }

    private String nextNumber(String tenant) {
        String prefix = LocalDate.now(clock).getYear() + "-";
        Long count = em.createQuery(
                        "select count(c) from SelectionCase c where c.tenantId = :t and c.caseNo like :p", Long.class)
                .setParameter("t", tenant)
                .setParameter("p", prefix + "%")
                .getSingleResult();
        return prefix + String.format("%03d", count + 1);
    }

    /** The case, for whoever reads its county. */
    public SelectionCase find(UUID caseId) {
        return new CaseStore(em).read(caseId);
    }

    /** A case with all its parts, for the case page and the record. */
    public CaseFile file(UUID caseId) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = store.read(caseId);
        return new CaseFile(
                c,
                store.candidates(caseId),
                store.meetings(caseId),
                store.votes(caseId),
                store.objections(caseId),
                store.gates(caseId),
                store.exceptions(caseId));
    }

    /** Cases of the readable counties, newest first; {@code openOnly} leaves out ended ones. */
    public List<CaseRow> list(boolean openOnly, int offset, int limit) {
        return list(null, openOnly, offset, limit);
    }

    /**
     * Cases of one readable county ({@code tenant}), or of all of them when it is null, newest
     * first; a county the caller does not read has none.
     */
    public List<CaseRow> list(String tenant, boolean openOnly, int offset, int limit) {
        return list(tenant, null, openOnly, offset, limit);
    }

    /**
     * As {@link #list(String, boolean, int, int)}, only the cases now at {@code step} when it is not
     * null: the list behind the dashboard's and the overview's count of a step.
     */
    public List<CaseRow> list(String tenant, SelectionStep step, boolean openOnly, int offset, int limit) {
        var query = em.createQuery(
                "select new cn.zugong.core.selection.domain.CaseRow(c.id, c.tenantId, c.caseNo, c.kind, c.title,"
                        + " c.step, c.stepSince, c.status, c.openedAt, x.type) from SelectionCase c"
                        + " left join CaseExchange x on x.caseId = c.id and x.tenantId = c.tenantId"
                        + where(step) + " order by c.openedAt desc, c.id",
                CaseRow.class);
        return bind(query, tenant, step, openOnly)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public int count(boolean openOnly) {
        return count(null, openOnly);
    }

    public int count(String tenant, boolean openOnly) {
        return count(tenant, null, openOnly);
    }

    public int count(String tenant, SelectionStep step, boolean openOnly) {
        var query = em.createQuery("select count(c) from SelectionCase c" + where(step), Long.class);
        return bind(query, tenant, step, openOnly).getSingleResult().intValue();
    }

    private static String where(SelectionStep step) {
        return step == null ? WHERE : WHERE + " and c.step = :step";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String tenant, SelectionStep step, boolean openOnly) {
        query.setParameter("t", counties(tenant)).setParameter("statuses", statuses(openOnly));
        return step == null ? query : query.setParameter("step", step);
    }

    private static List<CaseStatus> statuses(boolean openOnly) {
        return openOnly ? List.of(CaseStatus.OPEN) : List.of(CaseStatus.values());
    }

    private static List<String> counties(String tenant) {
        List<String> readable = CountyAccess.readable();
        if (tenant == null) {
            return readable;
        }
        return readable.contains(tenant) ? List.of(tenant) : List.of("-");
    }

    /** The days at its step after which an open case counts as overdue (system property, default 30). */
    public static int overdueDays() {
        return Integer.getInteger(OVERDUE_DAYS, 30);
    }

    /**
     * Every readable county with its open cases, per step and overdue (at their step longer than
     * {@link #overdueDays()}), counted by the database (the reports' unit); counties without open
     * cases show zeros.
     */
    public List<CountyCases> overview() {
        List<String> readable = CountyAccess.readable();
        Instant overdueBefore = clock.instant().minus(Duration.ofDays(overdueDays()));
        List<Object[]> rows = reports.createQuery(
                        "select c.tenantId, c.step, count(c),"
                                + " sum(case when c.stepSince < :before then 1 else 0 end)"
                                + " from SelectionCase c where c.tenantId in :t and c.status = :open"
                                + " group by c.tenantId, c.step",
                        Object[].class)
                .setParameter("t", readable)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("before", overdueBefore)
                .getResultList();
        Map<String, Map<SelectionStep, Integer>> byStep = new TreeMap<>();
        Map<String, Integer> overdue = new HashMap<>();
        readable.stream().filter(t -> !t.equals("-")).forEach(t -> byStep.put(t, new EnumMap<>(SelectionStep.class)));
        for (Object[] row : rows) {
            String tenant = (String) row[0];
            byStep.computeIfAbsent(tenant, t -> new EnumMap<>(SelectionStep.class))
                    .put((SelectionStep) row[1], ((Number) row[2]).intValue());
            overdue.merge(tenant, row[3] == null ? 0 : ((Number) row[3]).intValue(), Integer::sum);
        }
        List<CountyCases> counties = new ArrayList<>();
        byStep.forEach((tenant, steps) -> counties.add(new CountyCases(
                tenant,
                steps.values().stream().mapToInt(Integer::intValue).sum(),
                steps,
                overdue.getOrDefault(tenant, 0))));
        return counties;
    }

    /** Adds a candidate while the case has not chosen whom it inspects. */
    public SelectionCandidate addCandidate(UUID caseId, UUID cadreId, boolean intended) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.open(store.writable(caseId));
        Steps.requireKind(c, SelectionKind.APPOINT);
        if (c.getStep().compareTo(SelectionStep.CANDIDATES) > 0) {
            throw Steps.problem("candidate", "selection.candidate.tooLate");
        }
        if (!ownCadre(c.getTenantId(), cadreId)) {
            throw Steps.problem("candidate", "selection.candidate.notFound");
        }
        if (store.candidates(caseId).stream().anyMatch(k -> k.getCadreId().equals(cadreId))) {
            throw Steps.problem("candidate", "selection.candidate.duplicate");
        }
        SelectionCandidate candidate = new SelectionCandidate(caseId);
        candidate.setCadreId(cadreId);
        candidate.setIntended(intended);
        em.persist(candidate);
        journal.record(c, "candidate.add", "cadre", cadreId, "intended", intended);
        return candidate;
    }

    /** Withdraws an open case with a reason (chehui). */
    public SelectionCase withdraw(UUID caseId, String reason) {
        SelectionCase c = Steps.open(new CaseStore(em).writable(caseId));
        String text = Texts.strip(reason);
        if (text == null) {
            throw Steps.problem("reason", "selection.reason.required");
        }
        if (text.length() > 1000) {
            throw new ValidationException(List.of(new Problem("reason", "selection.text.tooLong", List.of(1000))));
        }
        c.setStatus(CaseStatus.WITHDRAWN);
        c.setStatusReason(text);
        journal.record(c, "withdraw", "reason", text);
        return c;
    }
}
