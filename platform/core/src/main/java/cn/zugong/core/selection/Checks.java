package cn.zugong.core.selection;

import java.time.LocalDate;

/**
 * The dates on which the mandatory checks of a candidate were done (fanti sibi, DOMAIN 4.3): the
 * personnel file reviewed, the personal-matters report checked, the discipline commission's
 * opinion heard, the specific petitions verified; and the integrity conclusion signed by the party
 * secretary and the discipline secretary. Null: not done.
 */
public record Checks(
        LocalDate fileReviewedOn,
        LocalDate mattersCheckedOn,
        LocalDate disciplineOpinionOn,
        LocalDate petitionsCheckedOn,
        LocalDate integritySignedOn,
        String note) {}
