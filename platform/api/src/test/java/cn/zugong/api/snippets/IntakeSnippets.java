package cn.zugong.api.snippets;

import cn.zugong.api.intake.IntakeChoice;
import cn.zugong.api.intake.IntakeOutcome;
import cn.zugong.api.intake.IntakeSubmission;
import cn.zugong.api.intake.PublicIntake;
import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.security.PluginPermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pf4j.Extension;

// spotless:off
class IntakeSnippets {
    static final PluginPermission REPORTS = new PluginPermission("supervision.reports", Set.of());

    enum Status {
        RECEIVED;

        String messageKey() {
            return "supervision.public.status." + name();
        }
    }

    @Extension // @start region=intake
    public static class PublicReports implements PublicIntake { // @replace substring="static " replacement=""
        private final PluginContext context;

        public PublicReports(PluginContext context) { this.context = context; }

        public String kind() { return "supervision.report"; }

        public List<IntakeChoice> categories() {
            return List.of(new IntakeChoice("SEEKING_OFFICE", "supervision.report.category.SEEKING_OFFICE"));
        }

        public String receive(IntakeSubmission submission) {
            UUID id = store(submission); // the plugin's own table, in the county's tenancy
            context.notices().post(new Notice("public/" + id, REPORTS, "supervision.notice.public",
                    List.of(submission.receivedOn().toString()), "supervision/reports"));
            return id.toString();
        }

        public Optional<IntakeOutcome> outcome(String reference) {
            return status(UUID.fromString(reference)).map(s -> new IntakeOutcome(s.messageKey(), Optional.empty()));
        }
    }
    // @end

    static UUID store(IntakeSubmission submission) { return UUID.randomUUID(); }

    static Optional<Status> status(UUID id) { return Optional.of(Status.RECEIVED); }
}
// spotless:on
