package cn.zugong.api.intake;

import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a form of the portal's public page (outside the login), such as the reporting
 * channel for 违规选人用人 and for candidates under pre-appointment publicity. The platform serves
 * the page to anyone without an account, lists the counties that enabled the plugin, has the
 * browser solve a proof of work, limits each address and the whole page, refuses a second filing
 * with the same submission key (the sender gets the first receipt again), checks the attachments'
 * size and type by their content, and keeps the receipt code (only its hash). The plugin receives
 * a checked {@link IntakeSubmission} bound to the chosen county and keeps it as its own record;
 * later the sender reads the outcome with the code, which the platform asks the plugin for.
 *
 * <p>A candidate under publicity ({@link IntakeSubmission#candidate()}) was already recorded by
 * the platform as an objection on the selection case, which holds the appointment until an
 * officer records on the case that the report does not affect it; the plugin keeps the report.
 *
 * {@snippet class=cn.zugong.api.snippets.IntakeSnippets region=intake :
 * @Extension
 * public class PublicReports implements PublicIntake {
 *     private final PluginContext context;
 *
 *     public PublicReports(PluginContext context) { this.context = context; }
 *
 *     public String kind() { return "supervision.report"; }
 *
 *     public List<IntakeChoice> categories() {
 *         return List.of(new IntakeChoice("SEEKING_OFFICE", "supervision.report.category.SEEKING_OFFICE"));
 *     }
 *
 *     public String receive(IntakeSubmission submission) {
 *         UUID id = store(submission); // the plugin's own table, in the county's tenancy
 *         context.notices().post(new Notice("public/" + id, REPORTS, "supervision.notice.public",
 *                 List.of(submission.receivedOn().toString()), "supervision/reports"));
 *         return id.toString();
 *     }
 *
 *     public Optional<IntakeOutcome> outcome(String reference) {
 *         return status(UUID.fromString(reference)).map(s -> new IntakeOutcome(s.messageKey(), Optional.empty()));
 *     }
 * }
 * }
 *
 * @since 1.3.0
 */
public interface PublicIntake extends ExtensionPoint {

    /** The form's kind, unique on the platform, such as {@code supervision.report}. */
    String kind();

    /**
     * What a sender picks the report's category from: codes with keys of the plugin's message
     * bundle. {@link IntakeSubmission#category()} is always one of these codes.
     */
    List<IntakeChoice> categories();

    /**
     * Keeps a submission. Called once per receipt, with the submission's county as the request's
     * writable tenant and no user (the sender has no account): the plugin writes its own tables and
     * posts its notices there. A call that throws refuses the submission (the sender is told to try
     * later) and the receipt is not issued.
     *
     * @return the plugin's reference of what it kept (such as the record's id), at most 64
     *     characters, given back to {@link #outcome(String)}
     */
    String receive(IntakeSubmission submission);

    /**
     * What the sender may read with the receipt code: the state and the outcome only, never the
     * department's findings or anything about the cadres. Called with the county of the receipt as
     * the request's only readable tenant and nothing writable.
     *
     * @param reference what {@link #receive(IntakeSubmission)} returned
     * @return empty when the record no longer exists
     */
    Optional<IntakeOutcome> outcome(String reference);
}
