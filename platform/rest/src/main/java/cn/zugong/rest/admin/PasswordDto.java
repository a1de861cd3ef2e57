package cn.zugong.rest.admin;

/** A user with a new temporary password, shown this once. */
public record PasswordDto(UserDto user, String temporaryPassword) {}
