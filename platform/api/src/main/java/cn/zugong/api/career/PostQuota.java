package cn.zugong.api.career;

import cn.zugong.api.tenant.TenantId;
import java.util.Objects;
import java.util.UUID;

/**
 * The approved leadership posts (职数) of one unit at one level against those held: a unit has a
 * row for its principal posts (at its rank) and one for its deputy posts (one level below). Only
 * main posts count as held, as on the platform's quota page.
 *
 * @param tenant the county of the unit
 * @param unitId the unit
 * @param unitName its name
 * @param level the posts' level as the platform codes it ({@code TOWNSHIP_PRINCIPAL}, {@code
 *     TOWNSHIP_DEPUTY} …), an empty text when the unit has no rank
 * @param principal whether these are the unit's principal posts
 * @param approved the approved posts
 * @param filled the posts held
 * @since 1.3.0
 */
public record PostQuota(
        TenantId tenant, UUID unitId, String unitName, String level, boolean principal, int approved, int filled) {

    public PostQuota {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(level, "level");
    }

    /** Approved posts nobody holds (none when the level is over-staffed). */
    public int vacant() {
        return Math.max(0, approved - filled);
    }
}
