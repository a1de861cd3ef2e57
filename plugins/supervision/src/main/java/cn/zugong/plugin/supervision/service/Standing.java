package cn.zugong.plugin.supervision.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.data.MattersRepository;
import cn.zugong.plugin.supervision.data.MeasureEntity;
import cn.zugong.plugin.supervision.data.MeasureRepository;
import cn.zugong.plugin.supervision.data.ReportRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What stands against promoting a cadre, for the gates and the fact other plugins read. These run
 * for the platform (a gate's check, another plugin's question) in the county's tenancy, whoever the
 * user is: they answer with counts and dates, never with a report's content, which stays behind
 * {@code supervision.reports}.
 */
public final class Standing {

    private final PluginContext context;
    private final Rules rules;

    public Standing(PluginContext context) {
        this.context = context;
        this.rules = new Rules(context);
    }

    /** The cadre's concealment finding that bars promotion and the reserve list, when one stands. */
    public Optional<MattersEntity> concealment(TenantId county, UUID cadreId) {
        return context.persistence().inTransaction(em -> new MattersRepository(em, county).ofCadre(cadreId)).stream()
                .filter(MattersEntity::barsPromotion)
                .findFirst();
    }

    /** How many open reports about the cadre have specific, checkable clues (DOMAIN §4.8). */
    public long openSpecificReports(TenantId county, UUID cadreId) {
        return context.persistence().inTransaction(em -> new ReportRepository(em, county).about(cadreId)).stream()
                .filter(r -> r.status().open() && r.specificClues())
                .count();
    }

    /** Whether the cadre's latest personal-matters report has been checked to the end (凡提必查 done). */
    public boolean mattersChecked(TenantId county, UUID cadreId) {
        return context.persistence().inTransaction(em -> new MattersRepository(em, county).ofCadre(cadreId)).stream()
                .findFirst()
                .filter(m -> m.status().checked())
                .isPresent();
    }

    /** The measures barring the cadre's promotion on {@code on}. */
    public List<MeasureEntity> barringMeasures(TenantId county, UUID cadreId, LocalDate on) {
        return context.persistence().inTransaction(em -> new MeasureRepository(em, county).ofCadre(cadreId)).stream()
                .filter(m -> !on.isBefore(m.takenOn())
                        && m.barUntil().filter(last -> !on.isAfter(last)).isPresent())
                .toList();
    }

    /** Whether a promotion to {@code level} needs the focused check (凡提必查). */
    public boolean needsFocusedCheck(TenantId county, Optional<String> level) {
        return level.filter(rules.limits(county).focusedLevels()::contains).isPresent();
    }
}
