package cn.zugong.core.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One entry of a county's working-day calendar: a holiday, or a weekend day worked in exchange
 * (tiaoxiu). Days without an entry follow the week: Monday to Friday are working days.
 *
 * <p>Invariants, checked by {@link CalendarDayRules} before every save: a date, unique in the
 * tenant; a kind; a name of at most 100 characters; a make-up working day falls on a Saturday or
 * Sunday. The tenant is set by Hibernate from the request and never changes.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    /** Column {@code calendar_date}: {@code day} is a keyword in H2. */
    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DayKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    @Version
    private long version;

    /** A new, empty entry for the form to fill. */
    public CalendarDay() {
        this.id = UUID.randomUUID();
    }

    public CalendarDay(LocalDate date, DayKind kind, String name) {
        this();
        this.date = date;
        this.kind = kind;
        setName(name);
    }

    public UUID getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarDay that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
