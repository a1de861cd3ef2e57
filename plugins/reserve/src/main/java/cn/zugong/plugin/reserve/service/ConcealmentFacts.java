package cn.zugong.plugin.reserve.service;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.candidate.Concealment;
import java.util.UUID;

/**
 * The seam for V-R2 (DOMAIN §3.1 [V]): whether the supervision module found a deliberate
 * concealment of personal matters (有意瞒报) for a cadre. The fact will come from the SDK's {@code
 * CadreFacts}, merged in parallel and not yet in this plugin's SDK; until then {@link #UNAVAILABLE}
 * answers {@link Concealment#UNKNOWN} and nothing is assumed: approval proceeds and the page says the
 * check was not made.
 */
public interface ConcealmentFacts {

    /** No source of the fact on this platform. */
    ConcealmentFacts UNAVAILABLE = (county, cadreId) -> Concealment.UNKNOWN;

    Concealment of(TenantId county, UUID cadreId);
}
