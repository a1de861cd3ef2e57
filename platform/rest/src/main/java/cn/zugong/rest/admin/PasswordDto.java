package cn.zugong.rest.admin;

/**
 * A user with a new temporary password, shown this once; null when it was mailed to the user
 * ({@code mailed}) instead.
 */
public record PasswordDto(UserDto user, String temporaryPassword, boolean mailed) {}
