package cn.zugong.core.audit;

/**
 * Something the platform's operators did that belongs in the platform's own audit chain, not in a
 * county's: a tenant created, suspended or exported, a user added or a role granted, a plugin
 * installed or offered, a vendor key trusted.
 *
 * <p>Fire it as a synchronous CDI event ({@code Event<PlatformAction>#fire}) inside the
 * transaction that makes the change; the platform chain observes it in that transaction, so the
 * change and its link commit or roll back together. The actor and the request's origin are taken
 * from the current user by the observer.
 *
 * @param action what happened, {@code <feature>.<verb>} such as {@code tenant.create}; it needs
 *     words in both bundles ({@code audit.action.<action>})
 * @param subjectType the kind of thing acted on, such as {@code tenant} or {@code user}
 * @param subjectId its id (a division code, a user name, a plugin id)
 * @param summary a short line a person recognizes the subject by
 * @param beforeJson the subject before a change as JSON, or null
 * @param afterJson the subject after a change as JSON, or null
 */
public record PlatformAction(
        String action, String subjectType, String subjectId, String summary, String beforeJson, String afterJson) {}
