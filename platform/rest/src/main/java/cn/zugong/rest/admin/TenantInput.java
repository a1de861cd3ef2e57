package cn.zugong.rest.admin;

/**
 * A tenant to create: the division code and its first tenant-admin.
 *
 * @param division the six-digit GB/T 2260 code, such as {@code 510118}
 * @param adminUsername the first admin's login name (lower case letters, digits, {@code . _ -})
 * @param adminName the name shown
 * @param adminEmail an e-mail address, or empty
 * @param adminLanguage the language of the admin's sign-in mail, {@code zh-CN} (default) or {@code en}
 */
public record TenantInput(
        String division, String adminUsername, String adminName, String adminEmail, String adminLanguage) {}
