package cn.zugong.plugin.reserve.service;

import cn.zugong.api.fact.CadreFact;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.candidate.Concealment;
import java.util.UUID;

/**
 * Whether the supervision module found a deliberate concealment of personal matters (有意瞒报) for a
 * cadre, which refuses entry into the reserve (V-R2, DOMAIN §3.1 [V]). The fact comes from the SDK's
 * {@code CadreFacts} ({@link CadreFact#CONCEALMENT}), established by whichever module of the county
 * keeps personal-matters findings; a platform older than SDK 1.3.0 has no facts, and then {@link
 * #UNAVAILABLE} answers {@link Concealment#UNKNOWN}: nothing is assumed and the page says to check by
 * hand.
 */
public interface ConcealmentFacts {

    /** No source of the fact on this platform. */
    ConcealmentFacts UNAVAILABLE = (county, cadreId) -> Concealment.UNKNOWN;

    Concealment of(TenantId county, UUID cadreId);

    /** The platform's cadre facts, or {@link #UNAVAILABLE} on a platform without them. */
    static ConcealmentFacts of(PluginContext context) {
        return (county, cadreId) -> {
            try {
                return context.cadreFacts().holds(county, cadreId, CadreFact.CONCEALMENT)
                        ? Concealment.FOUND
                        : Concealment.NONE;
            } catch (UnsupportedOperationException olderPlatform) {
                return Concealment.UNKNOWN;
            }
        };
    }
}
