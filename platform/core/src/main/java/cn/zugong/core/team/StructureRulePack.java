package cn.zugong.core.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One version of a province's team-structure targets and statistics settings ({@code 00}: the
 * national pack), in force from {@code effectiveFrom} to {@code effectiveTo} (both included).
 * Reference data added by migrations and never changed in place: a new value is a new version.
 */
@Entity
@Immutable
@Table(name = "structure_rule_pack")
public class StructureRulePack {

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

    @Column(nullable = false, length = 1000)
    private String source;

    protected StructureRulePack() {}

    public StructureRulePack(
            String province, int version, LocalDate effectiveFrom, LocalDate effectiveTo, String parameters) {
        this.id = UUID.randomUUID();
        this.province = province;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.parameters = parameters;
        this.source = "";
    }

    public boolean inForceAt(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public String getProvince() {
        return province;
    }

    public int getVersion() {
        return version;
    }

    public String getParameters() {
        return parameters;
    }

    public String getSource() {
        return source;
    }
}
