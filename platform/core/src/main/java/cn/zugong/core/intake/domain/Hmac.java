package cn.zugong.core.intake.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA-256 and SHA-256 over text, the two primitives of the channel. */
public final class Hmac {

    private final SecretKeySpec key;

    public Hmac(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("key shorter than 128 bits");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public String signHex(String text) {
        return HexFormat.of().formatHex(sign(text));
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
