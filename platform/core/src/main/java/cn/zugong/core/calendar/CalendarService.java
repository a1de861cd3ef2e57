package cn.zugong.core.calendar;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.TextLimits;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A county's working-day calendar (V-S4). Everyone reads the calendar of their county, a
 * supervisor the one county picked in the switcher; writers of the county (officer, tenant-admin)
 * add, change and delete entries and load the national arrangement of a year. Every change is
 * recorded in the audit trail in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The county whose calendar the caller sees: their own, or the single county a supervisor reads. */
    public static Optional<String> calendarTenant() {
        Tenancy tenancy = TenancyHolder.current();
        if (tenancy.writable().isPresent()) {
            return tenancy.writable().map(TenantId::code);
        }
        Set<String> readable = tenancy.readableCodes();
        return readable.size() == 1 ? readable.stream().findFirst() : Optional.empty();
    }

    public static boolean canWrite() {
        return CountyAccess.canWrite();
    }

    /** The entries of a year in date order; empty without a single county to show. */
    public List<CalendarDay> days(int year) {
        return calendarTenant()
                .map(tenant -> em.createQuery(
                                "select d from CalendarDay d where d.tenantId = :tenant and d.date >= :from"
                                        + " and d.date < :to order by d.date",
                                CalendarDay.class)
                        .setParameter("tenant", tenant)
                        .setParameter("from", LocalDate.of(year, 1, 1))
                        .setParameter("to", LocalDate.of(year + 1, 1, 1))
                        .getResultList())
                .orElse(List.of());
    }

    /** The working days of the caller's calendar county. */
    public WorkingDays workingDays() {
        return workingDays(new TenantId(
                calendarTenant().orElseThrow(() -> new AccessDeniedException("calendar.error.no-tenant"))));
    }

    /** The working days of a county the caller reads. */
    public WorkingDays workingDays(TenantId tenant) {
        if (!TenancyHolder.current().readable().contains(tenant)) {
            throw new AccessDeniedException("error.access.denied");
        }
        return WorkingDays.of(
                em.createQuery("select d from CalendarDay d where d.tenantId = :tenant", CalendarDay.class)
                        .setParameter("tenant", tenant.code())
                        .getResultList());
    }

    /** Validates and saves a new or changed entry of the caller's county. */
    public CalendarDay save(CalendarDay day) {
        String tenant = CountyAccess.requireWriter();
        if (day.getTenantId() != null && !day.getTenantId().equals(tenant)) {
            throw new AccessDeniedException("error.access.denied");
        }
        List<Problem> problems = TextLimits.with(em, day, CalendarDayRules.validate(day, dateTaken(day, tenant)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String before = own(day.getId(), tenant).map(CalendarService::auditJson).orElse(null);
        CalendarDay saved = em.merge(day);
        audit.record(
                before == null ? "calendar.create" : "calendar.update",
                "calendar-day",
                saved.getId().toString(),
                summary(saved),
                before,
                auditJson(saved));
        return saved;
    }

    /** Deletes an entry of the caller's county; an entry of another county is refused as missing. */
    public void delete(UUID id) {
        String tenant = CountyAccess.requireWriter();
        CalendarDay day = own(id, tenant)
                .orElseThrow(() -> new ValidationException(List.of(new Problem("date", "calendar.error.notFound"))));
        String before = auditJson(day);
        em.remove(day);
        audit.record("calendar.delete", "calendar-day", id.toString(), summary(day), before, null);
    }

    /**
     * Adds the national holidays and make-up working days of a year ({@link NationalHolidays}) that
     * the county's calendar does not have yet; a date the county has already entered is kept as it is.
     *
     * @return how many entries were added
     * @throws ValidationException when there is no national arrangement for the year
     */
    public int importNational(int year) {
        String tenant = CountyAccess.requireWriter();
        List<CalendarDay> national = NationalHolidays.forYear(year);
        if (national.isEmpty()) {
            throw new ValidationException(
                    List.of(new Problem("year", "calendar.error.national.missing", List.of(String.valueOf(year)))));
        }
        Set<LocalDate> present = days(year).stream().map(CalendarDay::getDate).collect(Collectors.toSet());
        List<CalendarDay> added =
                national.stream().filter(d -> !present.contains(d.getDate())).toList();
        added.forEach(em::persist);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("added", added.size());
        audit.record(
                "calendar.import", "calendar", tenant + "/" + year, String.valueOf(year), null, AuditJson.of(after));
        return added.size();
    }

    private Optional<CalendarDay> own(UUID id, String tenant) {
        return Optional.ofNullable(em.find(CalendarDay.class, id)).filter(d -> tenant.equals(d.getTenantId()));
    }

    private boolean dateTaken(CalendarDay day, String tenant) {
        if (day.getDate() == null) {
            return false;
        }
        return em.createQuery(
                                "select count(d) from CalendarDay d where d.tenantId = :tenant and d.date = :date"
                                        + " and d.id <> :id",
                                Long.class)
                        .setParameter("tenant", tenant)
                        .setParameter("date", day.getDate())
                        .setParameter("id", day.getId())
                        .getSingleResult()
                > 0;
    }

    private static String summary(CalendarDay day) {
        return day.getDate() + " " + day.getName();
    }

    private static String auditJson(CalendarDay day) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("date", day.getDate());
        fields.put("kind", day.getKind());
        fields.put("name", day.getName());
        return AuditJson.of(fields);
    }
}
