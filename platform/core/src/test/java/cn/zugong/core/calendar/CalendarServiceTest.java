package cn.zugong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A county's calendar on the portal's schema (H2): who may change it, the national import, the audit trail. */
class CalendarServiceTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";

    private TestDatabase db;
    private EntityManager em;

    @BeforeEach
    void migrate() throws Exception {
        db = new TestDatabase(CalendarDay.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
        }
        db.close();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private CalendarService as(Tenancy tenancy, String role) {
        if (em != null) {
            em.close();
        }
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
        em = db.entityManager();
        CalendarService service = new CalendarService();
        service.em = em;
        service.audit = TestDatabase.auditTrail(em);
        return service;
    }

    private CalendarService officer(String county) {
        return as(Tenancy.writing(new TenantId(county)), CurrentUser.OFFICER);
    }

    private CalendarService supervisor(String... counties) {
        return as(
                Tenancy.reading(java.util.Arrays.stream(counties)
                        .map(TenantId::new)
                        .collect(java.util.stream.Collectors.toSet())),
                "supervisor");
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        T result = work.get();
        em.getTransaction().commit();
        return result;
    }

    @Test
    void anOfficerAddsAHolidayThatTheCountysCalendarThenHolds() throws Exception {
        CalendarService service = officer(WENJIANG);
        inTransaction(() -> service.save(new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.HOLIDAY, "local")));

        assertThat(service.days(2026)).extracting(CalendarDay::getName).containsExactly("local");
        assertThat(service.days(2025)).isEmpty();
        assertThat(service.workingDays().isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(db.count("select count(*) from audit_event where action = 'calendar.create'"))
                .isEqualTo(1);
    }

    @Test
    void theNationalSetIsAddedOnceAndADayTheCountyEnteredIsKept() {
        CalendarService service = officer(WENJIANG);
        inTransaction(() -> service.save(new CalendarDay(LocalDate.of(2026, 10, 8), DayKind.HOLIDAY, "county")));

        int added = inTransaction(() -> service.importNational(2026));
        int again = inTransaction(() -> service.importNational(2026));

        assertThat(added).isEqualTo(NationalHolidays.forYear(2026).size());
        assertThat(again).isZero();
        assertThat(service.days(2026)).hasSize(added + 1);
        assertThat(service.workingDays().addWorkingDays(LocalDate.of(2026, 9, 30), 5))
                .isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void aPublicityFromTheLastDayOfSeptemberEndsOnTheTwelfthOfOctoberWithTheNationalSet() {
        CalendarService service = officer(WENJIANG);
        inTransaction(() -> service.importNational(2026));

        assertThat(service.workingDays().addWorkingDays(LocalDate.of(2026, 9, 30), 5))
                .isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aYearWithoutANationalArrangementIsRefused() {
        CalendarService service = officer(WENJIANG);

        assertThatThrownBy(() -> service.importNational(1999))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey)
                        .containsExactly("calendar.error.national.missing"));
    }

    @Test
    void aDateEnteredTwiceIsRefused() {
        CalendarService service = officer(WENJIANG);
        inTransaction(() -> service.save(new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.HOLIDAY, "one")));

        assertThatThrownBy(() -> service.save(new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.HOLIDAY, "two")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey)
                        .containsExactly("calendar.error.date.taken"));
    }

    @Test
    void anEntryIsChangedAndDeletedWithBothInTheAuditTrail() throws Exception {
        CalendarService service = officer(WENJIANG);
        CalendarDay day =
                inTransaction(() -> service.save(new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.HOLIDAY, "one")));
        em.clear();
        day.setName("renamed");
        inTransaction(() -> service.save(day));
        assertThat(service.days(2026)).extracting(CalendarDay::getName).containsExactly("renamed");

        inTransaction(() -> {
            service.delete(day.getId());
            return null;
        });

        assertThat(service.days(2026)).isEmpty();
        assertThat(db.count("select count(*) from audit_event where action in ('calendar.update', 'calendar.delete')"))
                .isEqualTo(2);
    }

    @Test
    void anotherCountyNeitherSeesNorDeletesTheEntries() {
        CalendarService wenjiang = officer(WENJIANG);
        CalendarDay day =
                inTransaction(() -> wenjiang.save(new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.HOLIDAY, "one")));

        CalendarService pidu = officer(PIDU);
        assertThat(pidu.days(2026)).isEmpty();
        assertThatThrownBy(() -> pidu.delete(day.getId())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> pidu.workingDays(new TenantId(WENJIANG))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSupervisorReadsTheCountyPickedButChangesNothing() {
        CalendarService officer = officer(WENJIANG);
        inTransaction(() -> officer.importNational(2026));

        CalendarService supervisor = supervisor(WENJIANG);
        assertThat(supervisor.days(2026)).hasSize(NationalHolidays.forYear(2026).size());
        assertThat(supervisor.workingDays().isWorkingDay(LocalDate.of(2026, 10, 10)))
                .isTrue();
        assertThatThrownBy(() -> supervisor.importNational(2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supervisor.save(new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.HOLIDAY, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSupervisorOfSeveralCountiesHasNoSingleCalendar() {
        CalendarService supervisor = supervisor(WENJIANG, PIDU);

        assertThat(CalendarService.calendarTenant()).isEmpty();
        assertThat(supervisor.days(2026)).isEmpty();
        assertThatThrownBy(supervisor::workingDays).isInstanceOf(AccessDeniedException.class);
        assertThat(supervisor.workingDays(new TenantId(PIDU)).covers(2026)).isFalse();
    }
}
