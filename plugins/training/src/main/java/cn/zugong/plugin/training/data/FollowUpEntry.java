package cn.zugong.plugin.training.data;

import cn.zugong.plugin.training.followup.FollowUpStatus;
import cn.zugong.plugin.training.followup.PromotionFollowUp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored T2 follow-up.
 *
 * @param id its id
 * @param cadreId the promoted cadre
 * @param caseId the selection case of the promotion
 * @param followUp the appointment day, the deadline and the first reminder day
 * @param status where it stood at the last check
 * @param reminded whether its reminder has been raised
 * @param remindedOn the day it was raised
 * @param hoursGap the hours still lacking at the last check
 * @param daysGap the days still lacking at the last check, where days are an alternative
 * @param checkedOn the day of the last check
 */
public record FollowUpEntry(
        UUID id,
        UUID cadreId,
        UUID caseId,
        PromotionFollowUp followUp,
        FollowUpStatus status,
        boolean reminded,
        Optional<LocalDate> remindedOn,
        BigDecimal hoursGap,
        int daysGap,
        LocalDate checkedOn) {

    public FollowUpEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(remindedOn, "remindedOn");
    }
}
