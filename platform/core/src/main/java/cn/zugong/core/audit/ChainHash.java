package cn.zugong.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an audit link: {@code SHA-256(prev_hash || canonical fields)}, lower-case hex.
 *
 * <p>The canonical form writes every field as its length in UTF-16 units, a colon and the value
 * ({@code -} for null), so no choice of values can make two different events encode alike; the
 * time counts as microseconds since the epoch, which is what both databases keep. Changing this
 * encoding breaks every stored chain: it is part of the data format.
 *
 * <p>Two versions: a link with an origin (session hash or client address) is encoded as {@code
 * zugong-audit-v2} with both appended; a link without one, as every link written before origins
 * were recorded, keeps the {@code zugong-audit-v1} encoding and so its stored hash. Blanking the
 * origin of a newer link changes the encoding and breaks its hash.
 */
public final class ChainHash {

    /** The "previous hash" of the first link of every chain. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    static String of(AuditEntry e) {
        boolean origin = e.sessionHash() != null || e.clientAddress() != null;
        StringBuilder canonical = new StringBuilder(origin ? "zugong-audit-v2" : "zugong-audit-v1");
        append(canonical, new String[] {
            e.prevHash(),
            e.tenantId(),
            Long.toString(e.seq()),
            e.id() == null ? null : e.id().toString(),
            e.occurredAt() == null ? null : Long.toString(micros(e.occurredAt())),
            e.actor(),
            e.action(),
            e.subjectType(),
            e.subjectId(),
            e.summary(),
            e.beforeJson(),
            e.afterJson()
        });
        if (origin) {
            append(canonical, new String[] {e.sessionHash(), e.clientAddress()});
        }
        return sha256(canonical.toString());
    }

    private static void append(StringBuilder canonical, String[] fields) {
        for (String field : fields) {
            canonical.append('|');
            if (field == null) {
                canonical.append('-');
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
        }
    }

    /** The instant as the database stores it: truncated to microseconds. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
