package cn.zugong.api.intake;

import java.util.Objects;
import java.util.UUID;

/**
 * The candidate under pre-appointment publicity (任前公示) a submission is about, as the publicity
 * published them. The platform recorded the report as an objection on the case ({@code
 * objectionId}) before handing it to the plugin.
 *
 * @param caseId the selection case in publicity
 * @param cadreId the candidate, a cadre of the county's registry
 * @param name the candidate's name as published
 * @param objectionId the objection the platform recorded on the case
 * @since 1.3.0
 */
public record IntakeCandidate(UUID caseId, UUID cadreId, String name, UUID objectionId) {

    public IntakeCandidate {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(objectionId, "objectionId");
    }
}
