package cn.zugong.core.admin;

/** The identity provider refused a user because the name or e-mail is already taken. */
public class IdentityConflictException extends RuntimeException {

    public IdentityConflictException(String message) {
        super(message);
    }
}
