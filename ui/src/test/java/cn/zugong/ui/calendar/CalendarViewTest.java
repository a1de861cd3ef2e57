package cn.zugong.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.calendar.CalendarDay;
import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.calendar.DayKind;
import cn.zugong.core.calendar.NationalHolidays;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calendar page without a browser, on an in-memory calendar: who sees what, and the national import. */
@ExtendWith(PortalUi.class)
class CalendarViewTest {

    private static final String WENJIANG = "510115";

    private final FakeCalendar calendar = new FakeCalendar();

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private static void signIn(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
    }

    private CalendarView view(int year) {
        CalendarView view = new CalendarView(calendar);
        UI.getCurrent().add(view);
        view.show();
        view.year.setValue(year);
        return view;
    }

    @Test
    void officersTenantAdminsAndSupervisorsMayOpenTheCalendarAndAuditorsMayNot() {
        for (String role : List.of(CurrentUser.OFFICER, CurrentUser.TENANT_ADMIN, TenancyPolicy.SUPERVISOR)) {
            signIn(Tenancy.writing(new TenantId(WENJIANG)), role);
            assertThat(CalendarView.mayOpen()).as(role).isTrue();
        }
        signIn(Tenancy.reading(Set.of(new TenantId(WENJIANG))), TenancyPolicy.TENANT_AUDITOR);
        assertThat(CalendarView.mayOpen()).isFalse();
    }

    @Test
    void anOfficerImportsTheNationalHolidaysOfTheYearShown() {
        signIn(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER);
        CalendarView view = view(2026);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.summary.getText()).startsWith("No holidays or make-up working days are entered for 2026");

        view.importNational.click();

        assertThat(GridKt._size(view.grid))
                .isEqualTo(NationalHolidays.forYear(2026).size());
        assertThat(GridKt._get(view.grid, 0).getDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(view.summary.getText()).isEqualTo("2026: 33 days off, 6 make-up working days.");
    }

    @Test
    void theImportSaysHowManyDaysOfEachKindItAddedAndThatASecondOneAddsNone() {
        signIn(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER);
        calendar.save(new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "New Year"));
        CalendarView view = view(2026);

        view.importNational.click();
        assertThat(notificationTexts())
                .containsExactly("38 days of the national arrangement added to 2026: 32 days off,"
                        + " 6 make-up working days; days already entered are kept as they are.");

        view.importNational.click();
        assertThat(notificationTexts())
                .contains("Every day of the national arrangement for 2026 is already entered; nothing was added.");
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    @Test
    void aYearWithoutANationalArrangementCannotBeImported() {
        signIn(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER);
        CalendarView view = view(2026);
        assertThat(view.importNational.isEnabled()).isTrue();

        view.year.setValue(view.year
                .getListDataView()
                .getItems()
                .filter(y -> !NationalHolidays.years().contains(y))
                .findFirst()
                .orElseThrow());

        assertThat(view.importNational.isEnabled()).isFalse();
    }

    @Test
    void aSupervisorReadsTheCountyPickedWithoutTheButtonsToChangeIt() {
        calendar.save(new CalendarDay(LocalDate.of(2026, 3, 2), DayKind.HOLIDAY, "local"));
        signIn(Tenancy.reading(Set.of(new TenantId(WENJIANG))), TenancyPolicy.SUPERVISOR);

        CalendarView view = view(2026);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.importNational.isVisible()).isFalse();
    }

    @Test
    void aSupervisorOfSeveralCountiesIsAskedToPickOne() {
        signIn(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId("510117"))), TenancyPolicy.SUPERVISOR);
        CalendarView view = new CalendarView(calendar);
        UI.getCurrent().add(view);

        view.show();

        assertThat(view.getChildren().map(c -> c.getId().orElse(""))).contains("calendar-pick-tenant");
        assertThat(view.grid.getParent()).isEmpty();
    }

    /** The service's contract on a map: one county, no transactions. */
    private static final class FakeCalendar extends CalendarService {

        private final Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();

        @Override
        public List<CalendarDay> days(int year) {
            return days.values().stream()
                    .filter(d -> d.getDate().getYear() == year)
                    .sorted(Comparator.comparing(CalendarDay::getDate))
                    .toList();
        }

        @Override
        public CalendarDay save(CalendarDay day) {
            days.values().removeIf(d -> d.getId().equals(day.getId()));
            days.put(day.getDate(), day);
            return day;
        }

        @Override
        public void delete(UUID id) {
            days.values().removeIf(d -> d.getId().equals(id));
        }

        @Override
        public int importNational(int year) {
            List<CalendarDay> missing = NationalHolidays.forYear(year).stream()
                    .filter(d -> !days.containsKey(d.getDate()))
                    .toList();
            missing.forEach(this::save);
            return missing.size();
        }
    }
}
