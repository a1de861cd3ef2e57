package cn.zugong.core.admin;

/** No tenant of that code. */
public class UnknownTenantException extends RuntimeException {

    public UnknownTenantException(String code) {
        super("Unknown tenant: " + code);
    }
}
