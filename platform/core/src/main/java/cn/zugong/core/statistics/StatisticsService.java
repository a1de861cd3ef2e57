package cn.zugong.core.statistics;

import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.team.StructureRules;
import cn.zugong.core.team.TeamStructureService;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.ReportsConnectionProvider;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annual statistics of the counties the caller reads, and a county's submission of its year.
 * The reference date comes from the structure rules of the caller's province ({@value
 * StructureRules#REFERENCE_DATE}, 12-31 unless a pack says otherwise). A submitted county's
 * figures are read from its submission, never recomputed. The year is read from the reports' unit
 * (the replica when there is one); a submission reads and writes the primary.
 */
@ApplicationScoped
@Transactional
public class StatisticsService {

    public static final String SUBMIT = "statistics.submit";

    /** The first report year accepted. */
    public static final int FIRST_YEAR = 1990;

    /** The primary: the submissions and what they freeze. */
    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /** The reports' unit (the replica when there is one): reads only. */
    @PersistenceContext(unitName = ReportsConnectionProvider.UNIT)
    EntityManager reports;

    @Inject
    AuditTrail audit;

    @Inject
    TeamStructureService structure;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The year's statistics of every readable county.
     *
     * @throws ValidationException for a year before {@link #FIRST_YEAR} or after this one
     */
    public YearStatistics year(int year) {
        List<String> readable = CountyAccess.readable();
        LocalDate at = referenceDate(readable.getFirst(), year);
        Map<String, CountyStatistics> live = StatisticsQueries.compute(reports, readable, at);
        Map<String, StatisticsSubmission> submitted = new HashMap<>();
        reports.createQuery(
                        "select s from StatisticsSubmission s where s.tenantId in :readable and s.year = :year",
                        StatisticsSubmission.class)
                .setParameter("readable", readable)
                .setParameter("year", year)
                .getResultList()
                .forEach(s -> submitted.put(s.getTenantId(), s));
        List<YearStatistics.County> counties = new ArrayList<>();
        readable.stream().filter(c -> !c.equals("-")).sorted().forEach(code -> {
            Optional<StatisticsSubmission> submission = Optional.ofNullable(submitted.get(code));
            CountyStatistics figures = submission
                    .map(StatisticsSubmission::figures)
                    .orElseGet(() -> live.getOrDefault(code, CountyStatistics.EMPTY));
            counties.add(new YearStatistics.County(code, figures, submission));
        });
        return new YearStatistics(year, at, counties);
    }

    /**
     * The trend: the figures of every readable county at the reference dates of the last {@code
     * years} years that have ended (their reference date before today), oldest first. Always the
     * registry's figures as the statistics compute them now, never a submission's frozen ones, so
     * that each equals the list behind it ({@link FigureCadres}); no changes of the year.
     */
    public List<YearStatistics> trend(int years) {
        List<String> readable = CountyAccess.readable();
        LocalDate today = LocalDate.now(clock);
        List<YearStatistics> trend = new ArrayList<>();
        for (int year = today.getYear(); trend.size() < years && year >= FIRST_YEAR; year--) {
            LocalDate at = referenceDate(readable.getFirst(), year);
            if (!at.isBefore(today)) {
                continue;
            }
            Map<String, CountyStatistics> live = StatisticsQueries.compute(reports, readable, at, false);
            List<YearStatistics.County> counties = readable.stream()
                    .filter(c -> !c.equals("-"))
                    .sorted()
                    .map(code -> new YearStatistics.County(
                            code, live.getOrDefault(code, CountyStatistics.EMPTY), Optional.empty()))
                    .toList();
            trend.addFirst(new YearStatistics(year, at, counties));
        }
        return trend;
    }

    /**
     * Submits the caller's county's year: its figures frozen and recorded in the audit chain with
     * their SHA-256.
     *
     * @throws cn.zugong.core.security.AccessDeniedException unless the caller writes in a county
     * @throws ValidationException for a year not ended at its reference date, or already submitted
     */
    public StatisticsSubmission submit(int year) {
        String county = CountyAccess.requireWriter();
        LocalDate at = referenceDate(county, year);
        if (!at.isBefore(LocalDate.now(clock))) {
            throw problem("statistics.error.not-ended", at.toString());
        }
        boolean done = !em.createQuery(
                        "select s.id from StatisticsSubmission s where s.tenantId = :county and s.year = :year",
                        Object.class)
                .setParameter("county", county)
                .setParameter("year", year)
                .getResultList()
                .isEmpty();
        if (done) {
            throw problem("statistics.error.submitted", year);
        }
        CountyStatistics figures =
                StatisticsQueries.compute(em, List.of(county), at).getOrDefault(county, CountyStatistics.EMPTY);
        String user = CurrentUserHolder.current().map(CurrentUser::username).orElse("?");
        StatisticsSubmission submission = new StatisticsSubmission(year, at, figures, user, Instant.now(clock));
        em.persist(submission);
        em.flush();
        audit.record(
                SUBMIT,
                "statistics",
                Integer.toString(year),
                county + " " + year,
                null,
                AuditJson.of(Map.of(
                        "year", year,
                        "referenceDate", at.toString(),
                        "sha256", submission.getSha256())));
        return submission;
    }

    /** The reference date of a year for a county's province. */
    private LocalDate referenceDate(String county, int year) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR || year > thisYear) {
            throw problem("statistics.error.year", FIRST_YEAR, thisYear);
        }
        String province = county.equals("-") ? "00" : StructureRules.provinceOf(county);
        return structure.rules(province, LocalDate.of(year, 12, 31)).referenceDate(year);
    }

    private static ValidationException problem(String key, Object... args) {
        return new ValidationException(List.of(new Problem("year", key, List.of(args))));
    }
}
