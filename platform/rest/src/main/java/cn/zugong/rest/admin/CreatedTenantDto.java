package cn.zugong.rest.admin;

/**
 * A tenant just created, with its first admin's temporary password: shown this once, changed at the
 * admin's first login.
 */
public record CreatedTenantDto(TenantDto tenant, String groupPath, String adminUsername, String temporaryPassword) {}
