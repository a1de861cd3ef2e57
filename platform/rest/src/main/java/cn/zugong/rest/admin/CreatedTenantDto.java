package cn.zugong.rest.admin;

/**
 * A tenant just created, with its first admin's temporary password: shown this once, changed at the
 * admin's first login; null when it was mailed to the admin ({@code mailed}) instead.
 */
public record CreatedTenantDto(
        TenantDto tenant, String groupPath, String adminUsername, String temporaryPassword, boolean mailed) {}
