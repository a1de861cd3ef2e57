package cn.zugong.api.cadre;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The cadre registry as a plugin may read it: the cadres of the tenants the current request may
 * read, nothing else. Only for plugins that declare {@code cadres.read} in {@code
 * Plugin-Data-Access}; the county's administrator sees that declaration before the plugin is
 * installed.
 *
 * <pre>{@code
 * Optional<CadreRef> cadre = context.cadres().byIdentityNumber(row.get(identityColumn));
 * }</pre>
 */
public interface CadreDirectory {

    /** One cadre by id; empty when it does not exist or is not readable here. */
    Optional<CadreRef> find(UUID id);

    /** One cadre by citizen identity number (18 characters, case of the check digit ignored). */
    Optional<CadreRef> byIdentityNumber(String identityNumber);

    /** The cadres in office of the readable tenants, ordered by name. */
    List<CadreRef> active();
}
