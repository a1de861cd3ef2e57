package cn.zugong.ui.access;

/**
 * A route's policy: whether the current user (and tenancy) may open it. Made once per class with
 * its public no-argument constructor, so it keeps no state and reads the user from the holders.
 */
@FunctionalInterface
public interface AccessRule {

    boolean permits();
}
