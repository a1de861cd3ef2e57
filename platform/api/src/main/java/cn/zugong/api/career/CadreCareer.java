package cn.zugong.api.career;

import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One cadre's career as the registry keeps it.
 *
 * @param cadreId the cadre
 * @param tenant the county that keeps the file
 * @param name the full name
 * @param growthPlace the place the cadre grew up in (chengzhangdi) as staff recorded it, the ground
 *     of regional avoidance; not the native place (jiguan); empty when not recorded
 * @param holdings every post held, current and past, ordered by start date
 * @since 1.3.0
 */
public record CadreCareer(
        UUID cadreId, TenantId tenant, String name, Optional<String> growthPlace, List<Holding> holdings) {

    public CadreCareer {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(growthPlace, "growthPlace");
        holdings = List.copyOf(holdings);
    }

    /** The posts held on {@code day}: started on or before it and not ended before it. */
    public List<Holding> heldOn(LocalDate day) {
        return holdings.stream().filter(h -> h.heldOn(day)).toList();
    }

    /** The posts held now: those without an end date. */
    public List<Holding> current() {
        return holdings.stream().filter(h -> h.end().isEmpty()).toList();
    }
}
