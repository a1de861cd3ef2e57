package cn.zugong.core.selection.eligibility;

import cn.zugong.core.rulepack.VersionedRulePack;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
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
public class EligibilityRulePack extends VersionedRulePack {

    protected EligibilityRulePack() {}

    public EligibilityRulePack(
            String province,
            int version,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String parameters,
            String source) {
        super(province, version, effectiveFrom, effectiveTo, parameters, source);
    }
}
