package cn.zugong.plugin.supervision.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.MeasureEntity;
import cn.zugong.plugin.supervision.data.MeasureRepository;
import cn.zugong.plugin.supervision.measure.MeasureBar;
import cn.zugong.plugin.supervision.measure.MeasureKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Measures on a cadre (谈话提醒, 函询, 诫勉; issue 20 item 7): recorded with the day until which the
 * rules in force make them bar promotion ({@code measure.<KIND>.months}, [P]). They are sensitive:
 * reading a cadre's measures is recorded in the audit trail like a change.
 */
public final class MeasureService {

    private final PluginContext context;
    private final Access access;
    private final Rules rules;

    public MeasureService(PluginContext context) {
        this.context = context;
        this.access = new Access(context);
        this.rules = new Rules(context);
    }

    /** A measure with its cadre, as the pages show it. */
    public record MeasureView(MeasureEntity measure, Optional<CadreRef> cadre) {}

    public MeasureEntity record(UUID cadreId, MeasureKind kind, LocalDate taken, String reason) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        List<Problem> problems = new ArrayList<>();
        if (cadreId == null
                || context.cadres()
                        .find(cadreId)
                        .filter(c -> c.tenant().equals(county))
                        .isEmpty()) {
            problems.add(Problem.of("cadre", "supervision.field.required"));
        }
        if (kind == null) {
            problems.add(Problem.of("kind", "supervision.field.required"));
        }
        if (taken == null) {
            problems.add(Problem.of("taken", "supervision.field.required"));
        } else if (taken.isAfter(rules.today())) {
            problems.add(Problem.of("taken", "supervision.field.future"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.of("reason", "supervision.field.required"));
        } else if (reason.length() > 1000) {
            problems.add(Problem.of("reason", "supervision.field.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        LocalDate barUntil = MeasureBar.until(kind, taken, rules.limits(county)).orElse(null);
        MeasureEntity saved = context.persistence().inTransaction(em -> new MeasureRepository(em, county)
                .add(new MeasureEntity(cadreId, kind, taken, reason.strip(), barUntil, rules.now())));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cadre", cadreId.toString());
        after.put("kind", kind.name());
        after.put("taken", taken.toString());
        after.put("barUntil", barUntil == null ? "" : barUntil.toString());
        context.audit()
                .record("measure.record", "supervision_measure", saved.id().toString(), kind.name(), Map.of(), after);
        return saved;
    }

    /** The county's latest measures, a page; the read is recorded. */
    public List<MeasureView> page(int offset, int limit) {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        List<MeasureEntity> page =
                context.persistence().inTransaction(em -> new MeasureRepository(em, county).page(offset, limit));
        if (!page.isEmpty()) {
            context.audit()
                    .record(
                            "measure.list",
                            "supervision_measure",
                            county.code(),
                            county.code(),
                            Map.of(),
                            Map.of(
                                    "ids",
                                    page.stream().map(m -> m.id().toString()).toList()));
        }
        return page.stream()
                .map(m -> new MeasureView(m, context.cadres().find(m.cadreId())))
                .toList();
    }
}
