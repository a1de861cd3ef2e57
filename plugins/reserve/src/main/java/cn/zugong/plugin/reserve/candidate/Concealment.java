package cn.zugong.plugin.reserve.candidate;

/**
 * What is known of a deliberate concealment of personal matters (有意瞒报, DOMAIN §3.1 [V], V-R2)
 * when a candidate is to be approved.
 */
public enum Concealment {
    /** A finding exists: the candidate cannot enter the reserve. */
    FOUND,
    /** The supervision module reports none. */
    NONE,
    /** No source of the fact is available on this platform: approval proceeds, the check is shown as not made. */
    UNKNOWN
}
