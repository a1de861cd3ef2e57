package cn.zugong.plugin.reserve.service;

import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.data.Candidate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Item 6, reminders: a notice to the county's reserve managers per member due for the annual review
 * and per member nearing the tier's age limit; a notice whose reason passed is withdrawn.
 */
public final class ReminderService {

    static final String REVIEW = "review.";
    static final String AGE = "age.";

    private final PluginContext context;
    private final ReviewService reviews;
    private final PluginPermission audience;

    public ReminderService(PluginContext context, PluginPermission audience) {
        this.context = context;
        this.reviews = new ReviewService(context);
        this.audience = audience;
    }

    /** How a run went: the notices posted of each kind. */
    public record Run(int reviewsDue, int nearingAge) {}

    public Run run(TenantId county) {
        Set<String> posted = new HashSet<>(context.notices().keys());
        Set<String> current = new HashSet<>();
        List<Candidate> due = reviews.due(county);
        int year = reviews.reviewYear();
        for (Candidate member : due) {
            String key = REVIEW + year + "." + member.id();
            current.add(key);
            context.notices()
                    .post(new Notice(
                            key,
                            audience,
                            "reserve.notice.reviewDue",
                            List.of(member.name(), String.valueOf(year)),
                            "reserve/batch?batch=" + member.batchId()));
        }
        List<Candidate> nearing = reviews.nearingAgeLimit(county);
        for (Candidate member : nearing) {
            String key = AGE + member.id();
            current.add(key);
            context.notices()
                    .post(new Notice(
                            key,
                            audience,
                            "reserve.notice.ageLimit",
                            List.of(member.name(), member.birthDate().toString()),
                            "reserve/batch?batch=" + member.batchId()));
        }
        posted.removeAll(current);
        posted.forEach(context.notices()::withdraw);
        return new Run(due.size(), nearing.size());
    }
}
