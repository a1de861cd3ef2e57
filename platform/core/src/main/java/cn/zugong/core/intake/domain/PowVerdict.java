package cn.zugong.core.intake.domain;

/** What the server found of a proof of work; only {@link #SOLVED} lets a submission in. */
public enum PowVerdict {
    SOLVED,
    /** Not a challenge this portal signed (or altered). */
    FORGED,
    /** Signed, but older than its lifetime (or from the future). */
    EXPIRED,
    /** The solution's hash lacks the leading zero bits. */
    UNSOLVED,
    /** Solved before: each challenge lets one submission in. */
    USED;

    /** The public page's message for the verdict. */
    public String messageKey() {
        return "intake.public.pow." + name();
    }
}
