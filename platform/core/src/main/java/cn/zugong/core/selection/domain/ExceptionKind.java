package cn.zugong.core.selection.domain;

/**
 * The exceptions the selection regulation itself allows to a hard rule, each a recorded fact
 * ({@link RecordedException}), never a free-text override. Labels: message key {@code
 * selection.exception.kind.<NAME>}.
 */
public enum ExceptionKind {
    /**
     * poge tiba (exceptional promotion) approved by the upper organization department (DOMAIN 5.1, V-S6): satisfies the hard
     * basic-qualification finding of the candidate ({@code core.eligibility}) where only rules an
     * exceptional promotion may pass over failed, and the four-checks gate's demand for the approval.
     */
    BREAK_GRADE("core.eligibility"),
    /** A documented adjustment of the unit's approved posts (zhishu tiaozheng): satisfies the hard quota finding ({@code core.quota}). */
    QUOTA_ADJUSTMENT("core.quota");

    private final String gateId;

    ExceptionKind(String gateId) {
        this.gateId = gateId;
    }

    /** The id of the platform gate whose hard finding this kind of exception satisfies. */
    public String gateId() {
        return gateId;
    }
}
