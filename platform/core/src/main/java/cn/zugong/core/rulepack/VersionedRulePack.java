package cn.zugong.core.rulepack;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The stored fields of one version of a province's rule values ({@value #NATIONAL}: the national
 * pack), in force from {@code effectiveFrom} to {@code effectiveTo} (both included; open-ended when
 * null). Reference data added by migrations and never changed in place: a new value is a new
 * version. Each subclass is an entity of its own table with these columns ({@code id},
 * {@code province}, {@code version}, {@code effective_from}, {@code effective_to}, {@code
 * parameters}, {@code source}); {@code source} is {@code varchar(500)} here, a subclass whose table
 * differs overrides it.
 */
@MappedSuperclass
public abstract class VersionedRulePack {

    /** The province code of the national pack. */
    public static final String NATIONAL = "00";

    @Id
    private UUID id;

    @Column(nullable = false, length = 2)
    private String province;

    @Column(nullable = false)
    private int version;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(nullable = false)
    private String parameters;

    @Column(nullable = false, length = 500)
    private String source;

    protected VersionedRulePack() {}

    protected VersionedRulePack(
            String province,
            int version,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String parameters,
            String source) {
        this.id = UUID.randomUUID();
        this.province = province;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.parameters = parameters;
        this.source = source;
    }

    /** Whether the version is in force on the day: from {@code effectiveFrom} to {@code effectiveTo}, both included. */
    public boolean inForceAt(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public UUID getId() {
        return id;
    }

    public String getProvince() {
        return province;
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public String getParameters() {
        return parameters;
    }

    public String getSource() {
        return source;
    }
}
