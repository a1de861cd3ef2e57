package cn.zugong.plugin.training.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.data.FollowUpEntry;
import cn.zugong.plugin.training.data.FollowUpRepository;
import cn.zugong.plugin.training.followup.FollowUpStatus;
import cn.zugong.plugin.training.followup.PromotionFollowUp;
import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.requirement.PeriodStanding;
import cn.zugong.plugin.training.rules.CreditRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * DOMAIN T2, V-T5: a cadre promoted without having met the training requirement must make it up
 * within a year (the rule value {@code promotion.makeUp.months}); the department is reminded from
 * {@code promotion.reminder.days} before the deadline. The requirement is that of the cadre's tier
 * in the new post ({@link Assessment.Applicable#tierStanding()}): the registry already shows the new
 * post when the platform delivers the appointment.
 */
public final class FollowUpService {

    private final PluginContext context;
    private final RuleSource rules;
    private final StandingService standings;

    public FollowUpService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.standings = new StandingService(context);
    }

    /**
     * How one run of the reminders went for a county.
     *
     * @param checked open follow-ups looked at
     * @param reminded reminders raised by this run
     * @param overdue follow-ups past their deadline with the requirement still unmet
     * @param completed follow-ups whose requirement is now met
     * @param after the follow-ups checked, as they are now
     */
    public record ReminderRun(int checked, int reminded, int overdue, int completed, List<FollowUpEntry> after) {

        public ReminderRun {
            after = List.copyOf(after);
        }
    }

    /**
     * Opens a follow-up when a promotion takes effect with the requirement unmet on its day; once per
     * case and cadre.
     *
     * @return the follow-up, when one is owed
     */
    public Optional<FollowUpEntry> onAppointed(CadreEvent.Appointed event) {
        if (!event.promotion()) {
            return Optional.empty();
        }
        TenantId county = event.tenant();
        Optional<Assessment> assessment = standings.assess(county, event.cadreId(), event.effective());
        if (assessment.isEmpty() || !(assessment.get() instanceof Assessment.Applicable applicable)) {
            return Optional.empty();
        }
        PeriodStanding standing = applicable.tierStanding();
        if (standing.trainingMet()) {
            return Optional.empty();
        }
        Counties.requireWritable(context.tenancy(), county);
        CreditRules credit = rules.credit(county, event.effective());
        PromotionFollowUp followUp = PromotionFollowUp.of(event.effective(), credit);
        FollowUpStatus status = followUp.status(rules.today(), false);
        Instant now = Instant.now(context.clock());
        record Opened(FollowUpEntry entry, boolean created) {}
        Opened opened = context.persistence().inTransaction(em -> {
            FollowUpRepository followUps = new FollowUpRepository(em, county);
            return followUps
                    .find(event.caseId(), event.cadreId())
                    .map(existing -> new Opened(existing, false))
                    .orElseGet(() -> new Opened(
                            followUps.open(
                                    event.cadreId(),
                                    event.caseId(),
                                    followUp,
                                    status,
                                    standing.hoursGap(),
                                    standing.daysGap(),
                                    now),
                            true));
        });
        if (opened.created()) {
            context.audit()
                    .record(
                            "followUp.open",
                            "training_follow_up",
                            opened.entry().id().toString(),
                            applicable.cadre().name(),
                            Map.of(),
                            Map.of(
                                    "case", event.caseId().toString(),
                                    "appointedOn", followUp.appointedOn().toString(),
                                    "deadline", followUp.deadline().toString(),
                                    "hoursGap", standing.hoursGap(),
                                    "daysGap", standing.daysGap()));
        }
        return Optional.of(opened.entry());
    }

    /**
     * Checks every open follow-up of the county today: completed when the requirement is met now,
     * reminder due (raised once) from the reminder day, overdue (behind schedule) after the deadline.
     * Cadres no longer in office, or without a requirement, are left as they were.
     */
    public ReminderRun remind(TenantId county) {
        Counties.requireWritable(context.tenancy(), county);
        LocalDate today = rules.today();
        List<FollowUpEntry> open = context.persistence().inTransaction(em -> new FollowUpRepository(em, county).open());
        int reminded = 0;
        int overdue = 0;
        int completed = 0;
        List<FollowUpEntry> checked = new ArrayList<>();
        for (FollowUpEntry entry : open) {
            Optional<Assessment> assessment = standings.assess(county, entry.cadreId(), today);
            if (assessment.isEmpty() || !(assessment.get() instanceof Assessment.Applicable applicable)) {
                continue;
            }
            PeriodStanding standing = applicable.tierStanding();
            FollowUpStatus status = entry.followUp().status(today, standing.trainingMet());
            FollowUpEntry after = context.persistence().inTransaction(em -> new FollowUpRepository(em, county)
                    .checked(entry.id(), today, status, standing.hoursGap(), standing.daysGap()));
            checked.add(after);
            if (after.reminded() && !entry.reminded()) {
                reminded++;
                audit("followUp.remind", after, applicable.cadre(), entry.status());
            } else if (after.status() != entry.status()) {
                audit("followUp." + status.name().toLowerCase(Locale.ROOT), after, applicable.cadre(), entry.status());
            }
            overdue += status == FollowUpStatus.OVERDUE ? 1 : 0;
            completed += status == FollowUpStatus.COMPLETED ? 1 : 0;
        }
        return new ReminderRun(open.size(), reminded, overdue, completed, checked);
    }

    /** The follow-ups whose reminder is due or whose deadline has passed, nearest deadline first. */
    public List<FollowUpEntry> alerts(TenantId county) {
        return context.persistence().inTransaction(em -> new FollowUpRepository(em, county).alerts());
    }

    public List<FollowUpEntry> ofCadre(TenantId county, UUID cadreId) {
        return context.persistence().inTransaction(em -> new FollowUpRepository(em, county).ofCadre(cadreId));
    }

    private void audit(String action, FollowUpEntry after, CadreRef cadre, FollowUpStatus before) {
        context.audit()
                .record(
                        action,
                        "training_follow_up",
                        after.id().toString(),
                        cadre.name(),
                        Map.of("status", before.name()),
                        Map.of(
                                "status", after.status().name(),
                                "deadline", after.followUp().deadline().toString(),
                                "hoursGap", after.hoursGap(),
                                "daysGap", after.daysGap()));
    }
}
