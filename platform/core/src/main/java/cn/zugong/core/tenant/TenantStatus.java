package cn.zugong.core.tenant;

/** Where a tenant is in its life cycle. */
public enum TenantStatus {
    /** Its users work, its plugin jobs run. */
    ACTIVE,
    /** Its users are refused with a clear page, its plugin jobs do not run; its data is kept. */
    SUSPENDED,
    /** Read-only for everyone, its plugin jobs do not run; reached only after an export. */
    ARCHIVED,
    /** Its data deleted after an archive, a waiting period and two platform roles' consent. */
    PURGED
}
