package cn.zugong.plugin.supervision.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.data.MattersRepository;
import cn.zugong.plugin.supervision.matters.MattersStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** One move of a personal-matters report along {@link MattersStatus#next()}, stored and audited; a refused move changes nothing. */
final class MattersSteps {

    private final PluginContext context;

    MattersSteps(PluginContext context) {
        this.context = context;
    }

    MattersEntity move(
            TenantId county, UUID id, MattersStatus to, Map<String, ?> details, Consumer<MattersEntity> step) {
        Instant now = Instant.now(context.clock());
        record Moved(MattersEntity report, MattersStatus from) {}
        Moved moved = context.persistence().inTransaction(em -> {
            MattersEntity report = new MattersRepository(em, county)
                    .find(id)
                    .orElseThrow(() -> new Refused(Problem.of("", "supervision.matters.notFound")));
            MattersStatus from = report.status();
            if (!from.next().contains(to)) {
                throw new Refused(
                        Problem.of("status", "supervision.matters.illegalMove", from.messageKey(), to.messageKey()));
            }
            step.accept(report);
            report.moved(to, now);
            return new Moved(report, from);
        });
        audit(moved.report(), "matters." + to.name().toLowerCase(Locale.ROOT), moved.from(), details);
        return moved.report();
    }

    void audit(MattersEntity report, String action, MattersStatus from, Map<String, ?> details) {
        Map<String, Object> after = new LinkedHashMap<>(details);
        after.put("status", report.status().name());
        context.audit()
                .record(
                        action,
                        "supervision_matters",
                        report.id().toString(),
                        report.year() + " " + report.cadreId().toString().substring(0, 8),
                        Map.of("status", from.name()),
                        after);
    }

    static LocalDate today(PluginContext context) {
        return LocalDate.now(context.clock());
    }
}
