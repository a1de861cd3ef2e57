package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.SelectionKind;
import java.util.List;
import java.util.UUID;

/**
 * What an officer enters to open a case (dongyi).
 *
 * @param kind appointment, removal or retirement
 * @param title a short name of the case
 * @param positionId the post to fill (appointment) or to leave (removal); none for a retirement
 * @param subjectCadreId the cadre removed or retired; none for an appointment
 * @param generalElection whether the case belongs to a general election (huanjie): inspection
 *     then needs more candidates than posts
 * @param plan the work plan (gongzuo fang'an): conditions, scope, method and procedure
 * @param initiator who proposed it (the principal leader, the leader in charge, the department)
 * @param intended the intended candidates (yixiangxing renxuan), may be empty
 */
public record OpenCase(
        SelectionKind kind,
        String title,
        UUID positionId,
        UUID subjectCadreId,
        boolean generalElection,
        String plan,
        String initiator,
        List<UUID> intended) {

    public OpenCase {
        intended = intended == null ? List.of() : List.copyOf(intended);
    }
}
