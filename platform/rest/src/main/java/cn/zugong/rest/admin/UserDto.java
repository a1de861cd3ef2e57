package cn.zugong.rest.admin;

import cn.zugong.core.admin.IdentityUser;
import java.util.List;

/** A user of the caller's county. */
public record UserDto(
        String id, String username, String displayName, String email, boolean enabled, List<String> roles) {

    static UserDto of(IdentityUser u) {
        return new UserDto(
                u.id(),
                u.username(),
                u.displayName(),
                u.email(),
                u.enabled(),
                u.roles().stream().sorted().toList());
    }
}
