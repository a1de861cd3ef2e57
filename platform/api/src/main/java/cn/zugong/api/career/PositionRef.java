package cn.zugong.api.career;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A position (post) of the county nobody holds today: what an exchange plan may fill.
 *
 * @param id the position
 * @param unitId its unit
 * @param unitName the unit's name
 * @param title the post's title
 * @param postLevel the post level as the platform codes it ({@code COUNTY_PRINCIPAL} …), when set
 * @param principal whether it is the unit's principal post (zhengzhi)
 * @param keyPost whether it is flagged as a key post
 * @param freeSeats the seats still free in the unit's post quota (zhishu) of the position's kind,
 *     principal or deputy; 0 when the unit is already full at that kind
 * @since 1.3.0
 */
public record PositionRef(
        UUID id,
        UUID unitId,
        String unitName,
        String title,
        Optional<String> postLevel,
        boolean principal,
        boolean keyPost,
        int freeSeats) {

    public PositionRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(postLevel, "postLevel");
        if (freeSeats < 0) {
            throw new IllegalArgumentException("freeSeats < 0");
        }
    }
}
