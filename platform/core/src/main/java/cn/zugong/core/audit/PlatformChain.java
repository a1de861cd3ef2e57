package cn.zugong.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The platform's own audit chain: what the operators did (tenants, users, plugins, vendor keys),
 * one hash chain apart from every county's, in tables of its own ({@code platform_audit_event}
 * and its head; migration V18). The links are made exactly as a county's ({@link ChainHash}) with
 * {@link #ID} in the place of the tenant code, so a link can never pass for a county's.
 *
 * <p>It observes {@link PlatformAction} synchronously and joins the firing transaction: the change
 * and its link commit or roll back together. (Fired outside a transaction, the link gets one of its
 * own.) The actor and the origin are the current request's, as in a county's trail; outside a
 * request the actor is {@link AuditTrail#SYSTEM}.
 */
@ApplicationScoped
@Transactional
public class PlatformChain {

    /** The chain's id in its links' hash and in the auditors' choice of trail; no tenant code. */
    public static final String ID = "platform";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Appends the action to the chain, in the firing transaction. */
    public void record(@Observes PlatformAction action) {
        assert AuditActions.PLATFORM_CHAIN.contains(action.action())
                : "Platform action " + action.action() + " is not listed in AuditActions.PLATFORM_CHAIN";
        new PlatformChainAppender(em, clock)
                .append(
                        action.action(),
                        action.subjectType(),
                        action.subjectId(),
                        action.summary(),
                        action.beforeJson(),
                        action.afterJson());
    }
}
