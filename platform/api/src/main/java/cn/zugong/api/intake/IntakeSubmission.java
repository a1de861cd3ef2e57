package cn.zugong.api.intake;

import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A submission of the public form, checked by the platform (proof of work, limits, lengths,
 * attachments) and bound to the county the sender chose.
 *
 * @param county the county it is about, one that enabled the plugin
 * @param category one of the plugin's {@link PublicIntake#categories()} codes
 * @param text what the sender wrote, within the platform's length limit, stripped
 * @param reporterName the sender's name when they filed under their real name; empty when anonymous
 * @param contact how to reach a real-name sender (telephone or address); empty when anonymous
 * @param candidate the candidate under publicity it is about, if the sender named one
 * @param attachments the checked files, possibly none
 * @param receivedOn the day it arrived (the platform's clock)
 * @since 1.3.0
 */
public record IntakeSubmission(
        TenantId county,
        String category,
        String text,
        Optional<String> reporterName,
        Optional<String> contact,
        Optional<IntakeCandidate> candidate,
        List<IntakeAttachment> attachments,
        LocalDate receivedOn) {

    public IntakeSubmission {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reporterName, "reporterName");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(receivedOn, "receivedOn");
        attachments = List.copyOf(attachments);
    }

    /** Whether the sender filed under their real name. */
    public boolean realName() {
        return reporterName.isPresent();
    }
}
