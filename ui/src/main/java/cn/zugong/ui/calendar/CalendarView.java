package cn.zugong.ui.calendar;

import cn.zugong.core.calendar.CalendarDay;
import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.calendar.DayKind;
import cn.zugong.core.calendar.NationalHolidays;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The county's working-day calendar (V-S4): a year's holidays and make-up working days, which the
 * publicity and other working-day periods are counted with. Officers and tenant-admins of the
 * county add, change and delete entries and load the national arrangement of a year; a supervisor
 * reads the calendar of the county picked in the switcher. Everyone else is refused here and again
 * by the service.
 */
@Access(CalendarView.Readers.class)
@MenuEntry(label = "nav.calendar", icon = VaadinIcon.CALENDAR, order = 50)
@Route(value = "admin/calendar", layout = MainLayout.class)
public class CalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Grid<CalendarDay> grid = new Grid<>();
    final Button add = new Button();
    final Button importNational = new Button();
    final Paragraph summary = new Paragraph();

    private final CalendarService calendar;

    @Inject
    CalendarView(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** Officers and tenant-admins (who write their county's calendar) and supervisors (who read it). */
    public static boolean mayOpen() {
        return CurrentUserHolder.hasRole(CurrentUser.OFFICER)
                || CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN)
                || CurrentUserHolder.hasRole(TenancyPolicy.SUPERVISOR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        removeAll();
        setSizeFull();
        add(new H2(getTranslation("calendar.title")), hint("calendar.hint"));
        if (CalendarService.calendarTenant().isEmpty()) {
            Paragraph pick = hint("calendar.pickTenant");
            pick.setId("calendar-pick-tenant");
            add(pick);
            return;
        }
        configureToolbar();
        configureGrid();
        summary.setId("calendar-summary");
        add(toolbar(), summary, grid);
        refresh();
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return hint;
    }

    private void configureToolbar() {
        int thisYear = LocalDate.now().getYear();
        SortedSet<Integer> years = new TreeSet<>(NationalHolidays.years());
        for (int y = thisYear - 2; y <= thisYear + 1; y++) {
            years.add(y);
        }
        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(years);
        year.setValue(thisYear);
        year.addValueChangeListener(change -> refresh());
        boolean writer = CalendarService.canWrite();
        add.setText(getTranslation("calendar.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("calendar-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> open(new CalendarDay(), true));
        add.setVisible(writer);
        importNational.setText(getTranslation("calendar.importNational"));
        importNational.setIcon(VaadinIcon.DOWNLOAD.create());
        importNational.setId("calendar-import");
        importNational.addClickListener(click -> importNational());
        importNational.setVisible(writer);
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(year, add, importNational);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("calendar-grid");
        grid.setSizeFull();
        grid.addColumn(d -> d.getDate().toString())
                .setHeader(getTranslation("calendar.column.date"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.getDate().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("calendar.column.weekday"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("calendar.kind." + d.getKind().name()))
                .setHeader(getTranslation("calendar.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(CalendarDay::getName)
                .setHeader(getTranslation("calendar.column.name"))
                .setFlexGrow(1);
        grid.addItemClickListener(click -> open(click.getItem(), false));
    }

    /** Shows the year's entries (a few dozen at most) and what they add up to. */
    void refresh() {
        int shown = year.getValue();
        List<CalendarDay> days = calendar.days(shown);
        grid.setItems(days);
        long holidays =
                days.stream().filter(d -> d.getKind() == DayKind.HOLIDAY).count();
        summary.setText(
                days.isEmpty()
                        ? getTranslation("calendar.empty", String.valueOf(shown))
                        : getTranslation(
                                "calendar.summary",
                                String.valueOf(shown),
                                String.valueOf(holidays),
                                String.valueOf(days.size() - holidays)));
        importNational.setEnabled(NationalHolidays.years().contains(shown));
        importNational.setTooltipText(
                importNational.isEnabled()
                        ? null
                        : getTranslation("calendar.error.national.missing", String.valueOf(shown)));
    }

    /** Opens an entry; whatever happens in the dialog, the year is read again when it closes. */
    private void open(CalendarDay day, boolean isNew) {
        CalendarDayDialog dialog =
                new CalendarDayDialog(day, isNew, !CalendarService.canWrite(), new CalendarDayDialog.Actions() {
                    @Override
                    public void save(CalendarDay changed) {
                        calendar.save(changed);
                        success(getTranslation(
                                "calendar.saved", changed.getDate().toString(), kind(changed)));
                    }

                    @Override
                    public void delete(UUID id) {
                        calendar.delete(id);
                        success(getTranslation("calendar.deleted", day.getDate().toString(), kind(day)));
                    }
                });
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private String kind(CalendarDay day) {
        return getTranslation("calendar.kind." + day.getKind().name());
    }

    private static void success(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Adds the national arrangement's missing days and says how many of each kind it added. */
    void importNational() {
        int shown = year.getValue();
        try {
            Set<LocalDate> before =
                    calendar.days(shown).stream().map(CalendarDay::getDate).collect(Collectors.toSet());
            int added = calendar.importNational(shown);
            refresh();
            long holidays = calendar.days(shown).stream()
                    .filter(d -> !before.contains(d.getDate()) && d.getKind() == DayKind.HOLIDAY)
                    .count();
            success(
                    added == 0
                            ? getTranslation("calendar.imported.none", String.valueOf(shown))
                            : getTranslation(
                                    "calendar.imported",
                                    String.valueOf(shown),
                                    String.valueOf(added),
                                    String.valueOf(holidays),
                                    String.valueOf(added - holidays)));
        } catch (ValidationException invalid) {
            invalid.problems().forEach(p -> error(getTranslation(p.messageKey(), p.messageArgs())));
        } catch (AccessDeniedException denied) {
            error(getTranslation(denied.getMessage()));
        }
    }

    private static void error(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }

    /** Who may open this page: see {@link #mayOpen}. */
    public static final class Readers implements AccessRule {
        @Override
        public boolean permits() {
            return mayOpen();
        }
    }
}
