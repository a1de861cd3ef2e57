package cn.zugong.api.snippets;

import cn.zugong.api.calendar.WorkingCalendar;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;

// spotless:off
class CalendarSnippets {
    boolean deadline(PluginContext context, TenantId county, LocalDate received, LocalDate today) {
        WorkingCalendar calendar = context.workingCalendar(county); // @start region=deadline
        LocalDate proposeBy = calendar.plusWorkingDays(received, 10);
        boolean overdue = today.isAfter(proposeBy);
        // @end
        return overdue;
    }
}
// spotless:on
