package cn.zugong.core.team;

import cn.zugong.core.rulepack.VersionedRulePack;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One version of a province's team-structure targets and statistics settings ({@code 00}: the
 * national pack), in force from {@code effectiveFrom} to {@code effectiveTo} (both included).
 * Reference data added by migrations and never changed in place: a new value is a new version.
 */
@Entity
@Immutable
@Table(name = "structure_rule_pack")
@AttributeOverride(name = "source", column = @Column(name = "source", nullable = false, length = 1000))
public class StructureRulePack extends VersionedRulePack {

    protected StructureRulePack() {}

    public StructureRulePack(
            String province, int version, LocalDate effectiveFrom, LocalDate effectiveTo, String parameters) {
        super(province, version, effectiveFrom, effectiveTo, parameters, "");
    }
}
