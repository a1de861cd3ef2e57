package cn.zugong.core.cadre.domain;

import java.util.List;

/**
 * A cadre's full file as one user may see it. When {@code sensitive} is false, the id number is
 * blanked, the family is empty and punishments are left out, so no view can show them by mistake.
 */
public record CadreFile(
        Cadre cadre,
        String unitName,
        List<PostHolding> holdings,
        List<FamilyMember> family,
        List<Assessment> assessments,
        List<RewardPunishment> rewardsAndPunishments,
        List<CadreStatusChange> statusChanges,
        boolean hasPhoto,
        boolean sensitive) {

    public CadreFile {
        holdings = List.copyOf(holdings);
        family = List.copyOf(family);
        assessments = List.copyOf(assessments);
        rewardsAndPunishments = List.copyOf(rewardsAndPunishments);
        statusChanges = List.copyOf(statusChanges);
    }
}
