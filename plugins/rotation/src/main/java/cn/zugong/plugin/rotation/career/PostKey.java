package cn.zugong.plugin.rotation.career;

import cn.zugong.api.career.Holding;

/**
 * Which post a holding is in: the county's position when the holding names one, otherwise the unit
 * and title as recorded (older history often predates the positions table).
 */
public final class PostKey {

    private PostKey() {}

    public static String of(Holding h) {
        return h.positionId()
                .map(id -> "position:" + id)
                .orElseGet(() -> "post:"
                        + h.unitId().map(Object::toString).orElse(h.unitName().strip()) + "/"
                        + h.title().strip());
    }
}
