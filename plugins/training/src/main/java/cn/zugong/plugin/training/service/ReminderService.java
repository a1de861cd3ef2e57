package cn.zugong.plugin.training.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.Period;
import cn.zugong.plugin.training.data.FollowUpEntry;
import cn.zugong.plugin.training.followup.FollowUpStatus;
import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.requirement.Pace;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The officers' reminders (issue item 8), left as platform notices for the county's users who hold
 * {@code audience}: promoted cadres whose make-up training (T2) is due soon or overdue, and cadres
 * falling behind in the year or the window ({@link Pace}, [I]). A notice is replaced when the
 * figures change and withdrawn when the cadre caught up.
 */
public final class ReminderService {

    static final String FOLLOW_UP = "followup/";
    static final String BEHIND = "behind/";

    private final PluginContext context;
    private final PluginPermission audience;
    private final FollowUpService followUps;
    private final StandingService standings;
    private final RuleSource rules;

    /**
     * How one run went.
     *
     * @param followUps the T2 follow-ups checked
     * @param behind cadres falling behind now
     */
    public record Run(FollowUpService.ReminderRun followUps, int behind) {}

    public ReminderService(PluginContext context, PluginPermission audience) {
        this.context = context;
        this.audience = audience;
        this.followUps = new FollowUpService(context);
        this.standings = new StandingService(context);
        this.rules = new RuleSource(context);
    }

    /**
     * Checks the county's follow-ups and progress today and brings its notices up to date: posts
     * what applies now and withdraws the reminders posted earlier that no longer apply (only those:
     * a county of some thousand cadres should not cost a statement per cadre and day).
     */
    public Run run(TenantId county) {
        Set<String> before = context.notices().keys();
        Set<String> now = new HashSet<>();
        FollowUpService.ReminderRun run = followUps.remind(county);
        Map<UUID, CadreRef> inOffice = standings.cadres(county).stream()
                .collect(Collectors.toMap(CadreRef::id, Function.identity(), (a, b) -> a));
        for (FollowUpEntry entry : run.after()) {
            CadreRef cadre = inOffice.get(entry.cadreId());
            if (cadre != null
                    && (entry.status() == FollowUpStatus.REMINDER_DUE || entry.status() == FollowUpStatus.OVERDUE)) {
                now.add(post(
                        FOLLOW_UP + entry.id(),
                        cadre,
                        "training.notice.followUp." + entry.status().name(),
                        List.of(cadre.name(), entry.followUp().deadline().toString(), number(entry.hoursGap()))));
            }
        }
        OptionalInt behind = behind(county, now);
        before.stream()
                .filter(key -> key.startsWith(FOLLOW_UP) || (key.startsWith(BEHIND) && behind.isPresent()))
                .filter(key -> !now.contains(key))
                .forEach(key -> context.notices().withdraw(key));
        return new Run(run, behind.orElse(0));
    }

    /**
     * Posts a notice for each cadre and period behind, adding its key to {@code posted}; empty when
     * the county's rules cannot be read (its notices are then left as they are).
     */
    private OptionalInt behind(TenantId county, Set<String> posted) {
        LocalDate today = rules.today();
        CreditRules credit;
        try {
            credit = rules.credit(county, today);
        } catch (UnreadableRulesException e) {
            return OptionalInt.empty();
        }
        int behind = 0;
        for (Assessment assessment : standings.standings(county, today).assessments()) {
            if (!(assessment instanceof Assessment.Applicable applicable)) {
                continue;
            }
            List<Pace.Behind> periods = Pace.behind(applicable, today, credit.pace());
            for (Pace.Behind period : periods) {
                String key = BEHIND + applicable.cadre().id() + (period.isYear() ? "/year" : "/window");
                posted.add(post(key, applicable.cadre(), period));
            }
            behind += periods.isEmpty() ? 0 : 1;
        }
        return OptionalInt.of(behind);
    }

    private String post(String key, CadreRef cadre, Pace.Behind b) {
        boolean training = b.expectedHours().signum() > 0;
        boolean online = b.expectedOnline().signum() > 0;
        String message = "training.notice.behind." + (training && online ? "both" : training ? "training" : "online");
        return post(
                key,
                cadre,
                message,
                List.of(
                        cadre.name(),
                        label(b.period()),
                        number(training ? b.expectedHours() : b.expectedOnline()),
                        number(training ? b.achievedHours() : b.onlineHours()),
                        number(b.expectedOnline()),
                        number(b.onlineHours())));
    }

    private String post(String key, CadreRef cadre, String message, List<String> args) {
        context.notices().post(new Notice(key, audience, message, args, route(cadre.id())));
        return key;
    }

    private static String label(Period period) {
        return period.from().getYear() == period.to().getYear()
                ? Integer.toString(period.from().getYear())
                : period.from().getYear() + "-" + period.to().getYear();
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String route(UUID cadreId) {
        return "training/cadre?cadre=" + cadreId;
    }
}
