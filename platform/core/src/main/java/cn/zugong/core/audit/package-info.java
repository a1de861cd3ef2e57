/**
 * The append-only, hash-chained audit trail: every change and every sensitive read, per tenant.
 *
 * <p>Domain: {@link cn.zugong.core.audit.AuditEntry} (one link of a chain), {@link
 * cn.zugong.core.audit.ChainHash} and {@link cn.zugong.core.audit.ChainVerifier} (pure logic).
 * Application: {@link cn.zugong.core.audit.AuditTrail} (writing), {@link
 * cn.zugong.core.audit.AuditReader} and {@link cn.zugong.core.audit.AuditVerification} (the
 * auditors' use cases, with their role checks). Infrastructure: the two JPA entities, {@link
 * cn.zugong.core.audit.ChainAppender} (locks the chain head and appends) and {@link
 * cn.zugong.core.audit.AuditWall} (the PostgreSQL setting the audit tables' policies read).
 */
package cn.zugong.core.audit;
