package cn.zugong.api.cadre;

import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a plugin may read of one cadre of the registry.
 *
 * @param id the cadre's id, the only way a plugin's records refer to a cadre
 * @param tenant the county that keeps the cadre
 * @param name the full name
 * @param birthDate the date of birth, when recorded
 * @param unitName the unit of the cadre's main post, when the cadre holds one
 * @param postTitle the title of the main post, when the cadre holds one
 * @param postLevel the level of the main post as the platform codes it ({@code BUREAU_PRINCIPAL},
 *     {@code BUREAU_DEPUTY}, {@code COUNTY_PRINCIPAL}, {@code COUNTY_DEPUTY}, {@code TOWNSHIP_PRINCIPAL},
 *     {@code TOWNSHIP_DEPUTY}), when the cadre holds one
 * @param active whether the cadre is in office (neither retired, left nor deceased)
 */
public record CadreRef(
        UUID id,
        TenantId tenant,
        String name,
        Optional<LocalDate> birthDate,
        Optional<String> unitName,
        Optional<String> postTitle,
        Optional<String> postLevel,
        boolean active) {

    public CadreRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(name, "name");
    }
}
