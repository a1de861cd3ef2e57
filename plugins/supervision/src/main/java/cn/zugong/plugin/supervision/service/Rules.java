package cn.zugong.plugin.supervision.service;

import cn.zugong.api.calendar.WorkingCalendar;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Limits;
import cn.zugong.plugin.supervision.SupervisionRules;
import java.time.Instant;
import java.time.LocalDate;

/** The rules in force for a county today (national, then provincial, then the county's own values), its calendar, and the clock. */
final class Rules {

    private final PluginContext context;

    Rules(PluginContext context) {
        this.context = context;
    }

    Limits limits(TenantId county) {
        return Limits.parse(context.rulePacks().effective(SupervisionRules.PACK_ID, county, today()));
    }

    WorkingCalendar calendar(TenantId county) {
        return context.workingCalendar(county);
    }

    LocalDate today() {
        return LocalDate.now(context.clock());
    }

    Instant now() {
        return Instant.now(context.clock());
    }
}
