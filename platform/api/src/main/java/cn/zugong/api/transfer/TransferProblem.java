package cn.zugong.api.transfer;

/**
 * Why the platform refused a transfer request; a page shows its own words for each (a bundle key
 * per constant).
 *
 * @since 1.3.0
 */
public enum TransferProblem {
    /** The request's tenant is not a department above both counties, or the user may not propose. */
    NOT_ABOVE_BOTH,
    /** The sending and the receiving county are the same. */
    SAME_COUNTY,
    /** No cadre of that identity number and name in the sending county, or not an active one. */
    CADRE_NOT_FOUND,
    /** The cadre already has an open transfer. */
    ALREADY_OPEN,
    /** The receiving county already keeps a cadre with that identity number. */
    ALREADY_IN_TARGET,
    /** The user is not a tenant-admin of one of the two counties. */
    NOT_A_PARTY,
    /** The transfer is no longer open, or this county has already answered. */
    NOT_OPEN,
    /** A reason is missing or too long (at most 500 characters). */
    REASON,
    /** A plugin could not hand over or take over its data; nothing moved. */
    HANDOVER_FAILED
}
