package cn.zugong.core.admin;

/** The identity provider could not be reached or refused the portal's service account. */
public class IdentityUnavailableException extends RuntimeException {

    public IdentityUnavailableException(String message) {
        super(message);
    }

    public IdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
