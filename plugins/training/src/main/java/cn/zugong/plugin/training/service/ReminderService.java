package cn.zugong.plugin.training.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.Period;
import cn.zugong.plugin.training.data.FollowUpEntry;
import cn.zugong.plugin.training.followup.FollowUpStatus;
import cn.zugong.plugin.training.requirement.Pace;
import java.math.BigDecimal;
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
 * {@code audience}: each promoted cadre whose make-up training (T2) is due soon or overdue, and how
 * many cadres are falling behind in the year and in the window ({@link Pace}, [I]), leading to the
 * shortfall page that lists them. A notice is replaced when its figures change and withdrawn when
 * nothing is due any more.
 */
public final class ReminderService {

    static final String FOLLOW_UP = "followup/";
    static final String BEHIND = "behind/";
    static final String SHORTFALL = "training/shortfall";

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
     * what applies now and withdraws the reminders posted earlier that no longer do.
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
                        "training.notice.followUp." + entry.status().name(),
                        List.of(cadre.name(), entry.followUp().deadline().toString(), number(entry.hoursGap())),
                        "training/cadre?cadre=" + cadre.id()));
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
     * Posts one notice per period in which cadres are behind, with their number (a notice per cadre
     * would bury the officers: a county new to the platform has hundreds behind), adding its key to
     * {@code posted}; empty when the county's rules cannot be read (its notices are then left as
     * they are).
     */
    private OptionalInt behind(TenantId county, Set<String> posted) {
        List<Pace.Lagging> lagging;
        try {
            lagging = standings.lagging(county, rules.today());
        } catch (UnreadableRulesException e) {
            return OptionalInt.empty();
        }
        Map<Boolean, List<Pace.Lagging>> byPeriod = lagging.stream()
                .collect(Collectors.partitioningBy(l -> l.behind().isYear()));
        for (boolean year : new boolean[] {true, false}) {
            List<Pace.Lagging> behind = byPeriod.get(year);
            if (!behind.isEmpty()) {
                Pace.Behind first = behind.getFirst().behind();
                posted.add(post(
                        BEHIND + (year ? "year" : "window"),
                        "training.notice.behind." + (year ? "year" : "window"),
                        List.of(Integer.toString(behind.size()), label(first.period()), first.percent() + "%"),
                        SHORTFALL));
            }
        }
        return OptionalInt.of((int) lagging.stream()
                .map(l -> l.assessment().cadre().id())
                .distinct()
                .count());
    }

    private String post(String key, String message, List<String> args, String route) {
        context.notices().post(new Notice(key, audience, message, args, route));
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
}
