package cn.zugong.core.admin;

/** No user of that id in the identity provider (or not one the caller may manage). */
public class UnknownUserException extends RuntimeException {

    public UnknownUserException(String id) {
        super("Unknown user: " + id);
    }
}
