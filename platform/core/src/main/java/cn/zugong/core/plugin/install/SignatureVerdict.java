package cn.zugong.core.plugin.install;

/** What the signature of a plugin jar says about it. */
public sealed interface SignatureVerdict {

    /** Every entry signed by the holder of a registered vendor key. */
    record Trusted(String fingerprint, String subject) implements SignatureVerdict {}

    /** No signature at all. */
    record Unsigned() implements SignatureVerdict {}

    /** Signed, but an entry was changed or added after signing. */
    record Tampered(String detail) implements SignatureVerdict {}

    /** Signed throughout by a certificate no vendor key matches. */
    record UnknownSigner(String subject) implements SignatureVerdict {}
}
