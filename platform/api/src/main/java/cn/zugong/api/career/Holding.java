package cn.zugong.api.career;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One period in a post (renzhi jilu).
 *
 * @param id the holding's id
 * @param positionId the county's position held, when the holding names one
 * @param unitId the unit, when it is one of the county's units
 * @param unitName the unit's name as recorded
 * @param title the post's title
 * @param postLevel the post level as the platform codes it ({@code COUNTY_PRINCIPAL} …), when
 *     recorded
 * @param principal whether the post is the unit's principal (zhengzhi)
 * @param keyPost whether the position is flagged as a key post (organization, discipline, court,
 *     procuratorate or police principal)
 * @param mainPost whether it is the cadre's main post, not a concurrent one
 * @param start the first day in the post
 * @param end the last day, empty while the post is held
 * @param termNumber the term (jie) as recorded, when recorded
 * @since 1.3.0
 */
public record Holding(
        UUID id,
        Optional<UUID> positionId,
        Optional<UUID> unitId,
        String unitName,
        String title,
        Optional<String> postLevel,
        boolean principal,
        boolean keyPost,
        boolean mainPost,
        LocalDate start,
        Optional<LocalDate> end,
        Optional<Integer> termNumber) {

    public Holding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(positionId, "positionId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(postLevel, "postLevel");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(termNumber, "termNumber");
    }

    /** Whether the post was held on {@code day}. */
    public boolean heldOn(LocalDate day) {
        return !start.isAfter(day) && end.map(e -> !e.isBefore(day)).orElse(true);
    }
}
