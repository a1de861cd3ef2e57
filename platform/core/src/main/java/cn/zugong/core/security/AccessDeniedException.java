package cn.zugong.core.security;

/** The current user may not do this. The message is a message key shown to the user. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String messageKey) {
        super(messageKey);
    }
}
