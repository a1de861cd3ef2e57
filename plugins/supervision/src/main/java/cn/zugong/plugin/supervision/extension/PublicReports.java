package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.intake.IntakeChoice;
import cn.zugong.api.intake.IntakeOutcome;
import cn.zugong.api.intake.IntakeSubmission;
import cn.zugong.api.intake.PublicIntake;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.service.PublicReportService;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The public reporting channel's form ({@code supervision.report}): the categories of 违规选人用人
 * and "other" (redirected, DOMAIN §4.5), each report kept as a {@code RECEIVED} report of the county.
 */
@Extension
public class PublicReports implements PublicIntake {

    public static final String KIND = "supervision.report";

    private final PluginContext context;

    public PublicReports(PluginContext context) {
        this.context = context;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<IntakeChoice> categories() {
        return Arrays.stream(ReportCategory.values())
                .map(c -> new IntakeChoice(c.name(), c.messageKey()))
                .toList();
    }

    @Override
    public String receive(IntakeSubmission submission) {
        return new PublicReportService(context).receive(submission).toString();
    }

    @Override
    public Optional<IntakeOutcome> outcome(String reference) {
        return new PublicReportService(context).outcome(reference);
    }
}
