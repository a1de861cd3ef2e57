package cn.zugong.core.selection.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One version of the eligibility thresholds of a province ({@code 00}: the national pack), in
 * force from {@code effectiveFrom} to {@code effectiveTo} (both included; open-ended when null).
 * Reference data shared by every tenant, added by migrations and never changed in place: a new
 * rule is a new version, so a past decision can be checked against the rules of its day.
 */
@Entity
@Immutable
@Table(name = "eligibility_rule_pack")
public class EligibilityRulePack {

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

    protected EligibilityRulePack() {}

    public EligibilityRulePack(
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
