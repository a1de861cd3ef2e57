package cn.zugong.core.admin;

import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a new user must look like before the identity provider is asked. */
final class NewUserRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}");

    private NewUserRules() {}

    /** The user with its values trimmed; refuses a bad name, display name or e-mail. */
    static IdentityAdmin.NewUser check(IdentityAdmin.NewUser user) {
        String username =
                user == null || user.username() == null ? "" : user.username().strip();
        String display = user == null || user.displayName() == null
                ? ""
                : user.displayName().strip();
        String email = user == null || user.email() == null ? "" : user.email().strip();
        List<Problem> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new Problem("username", "user.error.username"));
        }
        if (display.isEmpty() || display.length() > 100 || display.chars().anyMatch(Character::isISOControl)) {
            problems.add(new Problem("displayName", "user.error.displayName"));
        }
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("email", "user.error.email"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new IdentityAdmin.NewUser(username, display, email, user.language());
    }
}
