package cn.zugong.rest.admin;

import java.util.List;

/**
 * A user to add to the caller's county.
 *
 * @param username the login name (lower case letters, digits, {@code . _ -})
 * @param displayName the name shown
 * @param email an e-mail address, or empty
 * @param roles county roles: {@code officer}, {@code viewer}, {@code tenant-auditor}, {@code tenant-admin}
 * @param language the language of the user's sign-in mail, {@code zh-CN} (default) or {@code en}
 */
public record UserInput(String username, String displayName, String email, List<String> roles, String language) {}
