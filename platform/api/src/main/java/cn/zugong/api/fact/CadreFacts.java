package cn.zugong.api.fact;

import cn.zugong.api.tenant.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * Reads the facts other plugins establish about a cadre of a county the request reads ({@link
 * CadreFactSource}). Needs {@code cadres.read} in the reading plugin's declared data access. A
 * reserve module, for example, refuses a cadre with an open concealment finding:
 *
 * {@snippet class=cn.zugong.api.snippets.FactSnippets region=read :
 * boolean barred = context.cadreFacts().holds(county, cadreId, CadreFact.CONCEALMENT);
 * }
 *
 * @since 1.3.0
 */
public interface CadreFacts {

    /**
     * The facts that hold for the cadre, from every plugin the county enabled.
     *
     * @throws SecurityException when the request does not read {@code county}, or the plugin did
     *     not declare {@code cadres.read}
     */
    List<CadreFact> of(TenantId county, UUID cadreId);

    /** Whether a fact of the kind {@code key} holds for the cadre. */
    default boolean holds(TenantId county, UUID cadreId, String key) {
        return of(county, cadreId).stream().anyMatch(f -> f.key().equals(key));
    }
}
